// IDE.history: graph edits as plain events with inverses, so they can be undone and redone.
// An event: {kind: "rename"|"override"|"pin", key, before, after, at, label}; null removes an edit.
(function (IDE) {
  "use strict";
  const done = [];
  const undone = [];

  function inverse(event) {
    return { ...event, before: event.after, after: event.before };
  }

  async function apply(event) {
    const result = await IDE.comms.post("edit", { kind: event.kind, key: event.key, value: event.after, at: event.at });
    if (result.error) {
      IDE.bus.emit("status", { level: "error", text: `Edit refused: ${result.error.message}` });
      return false;
    }
    IDE.bus.emit("edits.changed", result);
    return true;
  }

  function changed() {
    IDE.bus.emit("history.changed", { canUndo: done.length > 0, canRedo: undone.length > 0,
                                      undoLabel: done.at(-1)?.label, redoLabel: undone.at(-1)?.label });
  }

  IDE.history = {
    async do(event) {
      if (event.before === event.after) return;
      if (!(await apply(event))) return;
      done.push(event);
      undone.length = 0;
      changed();
    },
    async undo() {
      const event = done.pop();
      if (!event) return;
      if (await apply(inverse(event))) undone.push(event); else done.push(event);
      changed();
    },
    async redo() {
      const event = undone.pop();
      if (!event) return;
      if (await apply(event)) done.push(event); else undone.push(event);
      changed();
    },
  };
})(window.IDE);
