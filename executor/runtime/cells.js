// Cells: the function-scope variables several messages write (run.js keeps them
// with their unit's state).
(function (rt) {
  "use strict";

  // -- cells -------------------------------------------------------------------------
  // A function-scope variable that several messages write (a counter of pending
  // lookups) lives in a cell. Messages carry the cell's id; its value is kept
  // in the state of the unit that created it (all its writers are in that group).
  const CELL_TTL_MS = 10 * 60 * 1000;
  const cells = new Map();  // id -> {cell, unit, touched}
  let cellCount = 0;

  // A cell decoded before its unit's state was loaded is a placeholder: it
  // gets its value when a message of its unit runs, and refuses to be read before.
  function Cell(value, id, loaded) { this._v = value; this.id = id; this.loaded = loaded !== false; }
  Object.defineProperty(Cell.prototype, "v", {
    get() {
      if (!this.loaded) throw new Error("Liquefy: a shared variable was read outside the group that keeps it (cell " + this.id + ")");
      return this._v;
    },
    set(value) { this._v = value; this.loaded = true; },
  });
  Cell.prototype[rt.SER] = function () { return {k: "cell", v: this.id}; };

  rt.cell = function (value, unit) {
    const current = rt.current();
    const id = (current ? current.id : "main") + ":c" + (++cellCount);
    const cell = new Cell(value, id);
    // cells made by main are referred to by main's values: they never expire
    const touched = rt.isMainRunning() ? Infinity : Date.now();
    cells.set(id, {cell: cell, unit: unit || (current ? current.unit : null), touched: touched});
    return cell;
  };

  rt.handleKind("cell", function (id) {
    let entry = cells.get(id);
    if (!entry) {
      entry = {cell: new Cell(undefined, id, false), unit: null, touched: Date.now()};
      cells.set(id, entry);
    }
    entry.touched = Math.max(entry.touched, Date.now());
    return entry.cell;
  });

  function saveCells(unit) {
    const out = {};
    const now = Date.now();
    for (const [id, entry] of cells) {
      if (entry.unit !== unit || !entry.cell.loaded) continue;
      if (now - entry.touched > CELL_TTL_MS) { cells.delete(id); continue; }
      out[id] = [entry.cell._v, entry.touched];
    }
    return out;
  }

  function restoreCells(unit, saved) {
    for (const id of Object.keys(saved)) {
      const [value, touched] = saved[id];
      const entry = cells.get(id);
      if (entry) { entry.cell.v = value; entry.touched = Math.max(touched, entry.touched); entry.unit = unit; }
      else cells.set(id, {cell: new Cell(value, id), unit: unit, touched: touched});
    }
  }

  // The values the cells of a unit hold (a promise a factory's closure keeps: core.js ownSettledPromise).
  function cellValues(unit) {
    const out = [];
    for (const entry of cells.values()) if (entry.unit === unit && entry.cell.loaded) out.push(entry.cell._v);
    return out;
  }

  exports.saveCells = saveCells;
  exports.cellValues = cellValues;
  exports.restoreCells = restoreCells;
})(require("./core"));
