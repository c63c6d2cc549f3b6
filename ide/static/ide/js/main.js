// The IDE page: builds the modules and wires their events together.
(function (IDE) {
  "use strict";
  const $ = (id) => document.getElementById(id);
  let dirty = false;

  function status({ level, text }) {
    const el = $("status");
    el.dataset.level = level;
    el.textContent = text;
  }

  function fluxionAt(path, offset) {
    const graph = IDE.analysis.last && IDE.analysis.last.graph;
    if (!graph) return null;
    const inside = graph.fluxions.filter((f) => f.file === path && f.range[0] <= offset && offset <= f.range[1]);
    inside.sort((a, b) => (a.range[1] - a.range[0]) - (b.range[1] - b.range[0]));
    return inside[0] || null;
  }

  function showSelectionInCode(item) {
    const graph = IDE.analysis.last && IDE.analysis.last.graph;
    if (!graph || !item) return;
    if (item.kind === "fluxion") {
      const f = graph.fluxions.find((x) => x.id === item.id);
      if (f) IDE.editor.highlight(f.file, f.kind === "main" ? null : f.range[0], f.range[1]);
    } else if (item.kind === "stream") {
      const s = graph.streams.find((x) => x.id === item.id);
      if (s) IDE.editor.highlightLoc(s.file, s.loc);
    } else if (item.kind === "call") {
      const c = (graph.calls || [])[Number(item.id)];
      if (c) IDE.editor.highlightLoc(c.file, c.loc);
    }
  }

  function diagnosticsOf(graph) {
    return graph.diagnostics.filter((d) => d.loc).map((d) => ({
      file: d.file || IDE.boot.entry, line: d.loc.start.line, column: d.loc.start.column,
      endLine: d.loc.end.line, endColumn: d.loc.end.column, severity: d.severity, message: d.message,
    }));
  }

  async function save() {
    const result = await IDE.comms.post("save", { files: IDE.editor.files() });
    if (result.error) { status({ level: "error", text: `Not saved: ${result.error.message}` }); return; }
    dirty = false;
    $("dirty").hidden = true;
    $("revision").textContent = `r${result.revision}`;
    status({ level: "info", text: result.created ? `Saved as revision ${result.revision}.` : "No change since the last revision." });
  }

  function wire() {
    const bus = IDE.bus;
    bus.on("code.changed", () => { dirty = true; $("dirty").hidden = false; IDE.analysis.schedule(); });
    bus.on("analysis.done", ({ result, sequence }) => {
      document.body.dataset.analysis = String(sequence);
      if (result.error) return;
      $("parse-error").hidden = true;
      IDE.editor.setDiagnostics(diagnosticsOf(result.graph));
      IDE.panel.render();
    });
    bus.on("analysis.error", (e) => {
      const file = e.file || IDE.editor.current;
      $("parse-error").hidden = false;
      $("parse-error").textContent = `${file}:${e.line}:${e.column + 1}: ${e.message}`;
      IDE.editor.setDiagnostics([{ file, line: e.line, column: e.column, severity: "error", message: e.message }]);
    });
    bus.on("graph.select", (item) => {
      if (item.from === "graph") showSelectionInCode(item);
      IDE.panel.render();
    });
    bus.on("editor.cursor", ({ path, offset, call }) => {
      IDE.panel.setCall(call);
      const f = fluxionAt(path, offset);
      const selected = IDE.graph.selected;
      if (f && !(selected && selected.kind === "fluxion" && selected.id === f.id)) {
        IDE.graph.select({ kind: "fluxion", id: f.id }, { from: "code" });
        IDE.editor.highlight(f.file, f.kind === "main" ? null : f.range[0], f.range[1]);
      }
    });
    bus.on("edits.changed", () => IDE.analysis.run());
    bus.on("history.changed", ({ canUndo, canRedo, undoLabel, redoLabel }) => {
      $("undo").disabled = !canUndo;
      $("undo").title = undoLabel ? `Undo: ${undoLabel}` : "Undo";
      $("redo").disabled = !canRedo;
      $("redo").title = redoLabel ? `Redo: ${redoLabel}` : "Redo";
    });
    bus.on("status", status);
  }

  function controls() {
    $("save").addEventListener("click", save);
    $("undo").addEventListener("click", () => IDE.history.undo());
    $("redo").addEventListener("click", () => IDE.history.redo());
    $("fit").addEventListener("click", () => IDE.graph.fit());
    $("zoom-in").addEventListener("click", () => IDE.graph.zoom(1.25));
    $("zoom-out").addEventListener("click", () => IDE.graph.zoom(0.8));
    $("show-calls").addEventListener("change", (e) => {
      IDE.analysis.showCalls = e.target.checked;
      document.querySelectorAll("a.export").forEach((a) => {
        a.href = a.href.split("?")[0] + (e.target.checked ? "?calls=1" : "");
      });
    });
    $("new-file").addEventListener("click", () => {
      const path = (prompt("New file path (e.g. lib/util.js)") || "").trim();
      if (path && !IDE.editor.paths().includes(path)) { IDE.editor.add(path, ""); IDE.editor.open(path); IDE.files.render(); }
    });
    document.querySelectorAll("[data-view]").forEach((button) => button.addEventListener("click", () => showView(button.dataset.view)));
    document.querySelectorAll("[data-tab]").forEach((button) => button.addEventListener("click", () => {
      const pane = button.closest(".pane");
      pane.querySelectorAll("[data-tab]").forEach((b) => b.classList.toggle("active", b === button));
      pane.querySelectorAll("[data-pane]").forEach((el) => { el.hidden = el.dataset.pane !== button.dataset.tab; });
    }));
    document.addEventListener("keydown", (e) => {
      if ((e.ctrlKey || e.metaKey) && e.key === "s") { e.preventDefault(); save(); }
    });
  }

  // The graph pane shows the diagram, the nodes' lanes or the dashboard.
  function showView(view) {
    for (const id of ["graph", "nodes", "dashboard"]) $(id).hidden = id !== view;
    document.querySelectorAll("[data-view]").forEach((b) => b.classList.toggle("active", b.dataset.view === view));
    IDE.nodes.show(view === "nodes");
    IDE.dashboard.show(view === "dashboard");
    IDE.live.draw();
  }

  IDE.project = { save, get dirty() { return dirty; } };

  document.addEventListener("DOMContentLoaded", () => {
    IDE.boot = JSON.parse($("boot").textContent);
    IDE.comms.init(`/api/projects/${IDE.boot.slug}/`, `/ws/projects/${IDE.boot.slug}/`);
    IDE.editor.init($("editor"), IDE.boot.files);
    IDE.files.init($("files"));
    IDE.graph.init($("graph"));
    IDE.panel.init($("panel"));
    IDE.run.init();
    IDE.live.init();
    IDE.overlay.init();
    IDE.nodes.init($("nodes"));
    IDE.dashboard.init($("dashboard"));
    IDE.events.init($("events"), $("balancer"));
    IDE.load.init();
    wire();
    controls();
    const first = IDE.boot.files[IDE.boot.entry] !== undefined ? IDE.boot.entry : Object.keys(IDE.boot.files)[0];
    IDE.editor.open(first);
    IDE.files.render();
    IDE.analysis.run();
  });
})(window.IDE);
