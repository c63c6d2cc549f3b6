// IDE.bus: a tiny event bus whose handlers cannot break each other.
// IDE.Mode: the interaction modes of the page, one at a time.
window.IDE = window.IDE || {};
(function (IDE) {
  "use strict";
  const handlers = new Map();

  IDE.bus = {
    on(type, fn) {
      if (!handlers.has(type)) handlers.set(type, new Set());
      handlers.get(type).add(fn);
      return () => handlers.get(type).delete(fn);
    },
    emit(type, detail) {
      for (const fn of handlers.get(type) || []) {
        try { fn(detail); } catch (e) { console.warn(`IDE.bus: a "${type}" handler failed`, e); }
      }
    },
  };

  IDE.Mode = Object.freeze({ IDLE: "idle", PANNING: "panning", DRAGGING_UNIT: "dragging-unit", RENAMING: "renaming" });
  let mode = IDE.Mode.IDLE;
  IDE.mode = {
    get current() { return mode; },
    set(next) {
      if (!Object.values(IDE.Mode).includes(next)) throw new Error(`unknown mode ${next}`);
      if (next === mode) return;
      const previous = mode;
      mode = next;
      document.body.dataset.mode = next;
      IDE.bus.emit("mode", { previous, current: next });
    },
  };
})(window.IDE);
