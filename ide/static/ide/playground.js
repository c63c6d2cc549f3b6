// The playground: the IDE's editor, diagram and analysis (ide/js/*.js) on one file, no account.
// Re-analyses when typing pauses (IDE.analysis), shows the flx text and the diagnostics with a jump
// to their line, and carries the code into a new project (the "keep" form).
(function (IDE) {
  "use strict";
  const $ = (id) => document.getElementById(id);
  const FILE = "app.js";

  function diagnosticsOf(graph) {
    return graph.diagnostics.map((d) => ({
      file: FILE, line: d.loc ? d.loc.start.line : null, column: d.loc ? d.loc.start.column : 0,
      endLine: d.loc ? d.loc.end.line : null, endColumn: d.loc ? d.loc.end.column : 0,
      severity: d.severity, message: d.message,
    }));
  }

  function showDiagnostics(items) {
    if (!items.length) {
      const none = document.createElement("li");
      none.className = "muted";
      none.textContent = "No findings from the analyzer.";
      $("diagnostics").replaceChildren(none);
      IDE.editor.setDiagnostics([]);
      return;
    }
    $("diagnostics").replaceChildren(...items.map((d) => {
      const li = document.createElement("li");
      li.className = d.severity;
      li.textContent = `${d.severity}: ${d.line ? `line ${d.line}: ` : ""}${d.message}`;
      if (d.line) {
        li.classList.add("jump");
        li.title = "Show in the code";
        li.addEventListener("click", () => IDE.editor.gotoLine(FILE, d.line, d.column));
      }
      return li;
    }));
    IDE.editor.setDiagnostics(items.filter((d) => d.line));
  }

  function wire() {
    IDE.bus.on("code.changed", () => IDE.analysis.schedule());
    IDE.bus.on("analysis.done", ({ result, sequence }) => {
      document.body.dataset.analysis = String(sequence);
      if (result.error) return;
      $("parse-error").hidden = true;
      $("flx").textContent = result.flx;
      showDiagnostics(diagnosticsOf(result.graph));
    });
    IDE.bus.on("analysis.error", (e) => {
      $("parse-error").hidden = false;
      $("parse-error").textContent = e.line ? `${FILE}:${e.line}:${(e.column || 0) + 1}: ${e.message}` : e.message;
      showDiagnostics(e.line ? [{ file: FILE, line: e.line, column: e.column || 0, severity: "error", message: e.message }] : []);
    });
  }

  function controls() {
    $("fit").addEventListener("click", () => IDE.graph.fit());
    $("zoom-in").addEventListener("click", () => IDE.graph.zoom(1.25));
    $("zoom-out").addEventListener("click", () => IDE.graph.zoom(0.8));
    $("show-calls").addEventListener("change", (e) => { IDE.analysis.showCalls = e.target.checked; });
    $("example").addEventListener("change", (e) => {
      location.search = `?example=${encodeURIComponent(e.target.value)}`;
    });
    $("keep").addEventListener("submit", () => { $("keep-code").value = IDE.editor.files()[FILE]; });
  }

  document.addEventListener("DOMContentLoaded", () => {
    const boot = JSON.parse($("boot").textContent);
    IDE.comms.init("/api/", null);
    IDE.editor.init($("editor"), boot.files);
    IDE.graph.init($("graph"));
    wire();
    controls();
    IDE.editor.open(FILE);
    IDE.analysis.run();
  });
})(window.IDE);
