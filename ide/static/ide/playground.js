// The playground: re-analyse the pasted code when typing pauses.
(function () {
  "use strict";
  const code = document.getElementById("code");
  const graph = document.getElementById("graph");
  const flx = document.getElementById("flx");
  const error = document.getElementById("error");
  const diagnostics = document.getElementById("diagnostics");
  let timer = null;
  let sequence = 0;

  function showError(e) {
    error.hidden = false;
    error.textContent = `line ${e.line}, column ${e.column + 1}: ${e.message}`;
    error.dataset.line = e.line;
  }

  function showDiagnostics(items) {
    diagnostics.replaceChildren(...items.map((d) => {
      const li = document.createElement("li");
      li.className = d.severity;
      const where = d.loc ? `line ${d.loc.start.line}: ` : "";
      li.textContent = `${d.severity}: ${where}${d.message}`;
      return li;
    }));
  }

  async function analyse() {
    const mine = ++sequence;
    const response = await fetch(window.LIQUEFY_ANALYZE_URL, {
      method: "POST",
      headers: {"Content-Type": "application/json",
                "X-CSRFToken": document.querySelector("meta[name=csrf-token]").content},
      body: JSON.stringify({code: code.value}),
    });
    const result = await response.json();
    if (mine !== sequence) return;  // a newer analysis is on its way
    if (result.error) {
      showError(result.error);
      return;
    }
    error.hidden = true;
    graph.innerHTML = result.svg;
    flx.textContent = result.flx;
    showDiagnostics(result.graph.diagnostics);
  }

  code.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(analyse, 250);
  });
  analyse();
})();
