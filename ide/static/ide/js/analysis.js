// IDE.analysis: re-analyses the editor's text when typing pauses (300 ms), newest answer wins.
// Emits "analysis.done" {result, ms} once the diagram is updated; `last` keeps the latest good graph,
// `lastMs` the time from the request (the debounce excluded) to the diagram on screen.
(function (IDE) {
  "use strict";
  const DEBOUNCE_MS = 300;
  let timer = null;
  let sequence = 0;
  let showCalls = false;

  IDE.analysis = {
    last: null,
    lastError: null,
    schedule() {
      clearTimeout(timer);
      timer = setTimeout(() => this.run(), DEBOUNCE_MS);
    },
    set showCalls(value) { showCalls = value; this.run(); },
    get showCalls() { return showCalls; },
    async run() {
      clearTimeout(timer);
      const mine = ++sequence;
      const started = performance.now();
      const result = await IDE.comms.post("analyze", { files: IDE.editor.files(), show_calls: showCalls });
      const answered = performance.now();
      if (mine !== sequence) return;  // a newer analysis is on its way
      if (result.error) {
        this.lastError = result.error;
        IDE.bus.emit("analysis.error", result.error);
      } else {
        this.last = result;
        this.lastError = null;
        IDE.graph.render(result.svg);
        await new Promise((resolve) => requestAnimationFrame(resolve));  // the new diagram is on screen
      }
      this.lastMs = performance.now() - started;
      this.lastServerMs = answered - started;
      IDE.bus.emit("analysis.done", { result, ms: this.lastMs, sequence: mine });
    },
  };
})(window.IDE);
