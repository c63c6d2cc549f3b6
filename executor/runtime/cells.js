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
  // A cell knows the unit that keeps it, also as a placeholder (a closure reading it runs there: core.js).
  function Cell(value, id, loaded, unit) { this._v = value; this.id = id; this.loaded = loaded !== false; this.unit = unit || null; }
  Object.defineProperty(Cell.prototype, "v", {
    get() {
      if (!this.loaded) throw new Error("Liquefy: a shared variable was read outside the group that keeps it (cell " + this.id + ")");
      return this._v;
    },
    set(value) { this._v = value; this.loaded = true; },
  });
  Cell.prototype[rt.SER] = function () {
    if (this.loaded && ofRequest(this._v)) return {k: "requestCell", v: {id: this.id, value: this._v}};
    return {k: "cell", v: this.unit === null ? this.id : [this.id, this.unit]};
  };

  // A cell holding a request or a response (a helper's `req` written across its awaits:
  // `async function attach(req, id) { try { req.member = await find(id); } catch (e) { ... } }`)
  // travels in the message, with its value, never in the unit's state. The request goes from
  // message to message with its chain (`next` carries it): kept in the unit's state, the cell
  // came back as another copy of it than the one the router went on with, and what the helper
  // hung on it was not on the request the next handlers got (fresh23a-request-scoped).
  // So does one holding an object or array that holds them (`const ctx = { req, res }`, then
  // `ctx.req.member = await find(id)`).
  function isRequest(v) {
    const E = rt.express;
    return v !== null && typeof v === "object" && E !== undefined && E.reqProto !== undefined &&
      (E.reqProto.isPrototypeOf(v) || E.resProto.isPrototypeOf(v));
  }
  // So does one holding a method bound to them (`const json = res.json.bind(res)`, `{ send: res.json.bind(res) }`):
  // from the unit's state, it answered through a copy of the response whose status and headers the handler
  // never set (200 where Node.js answers 201: fresh25a-esm-idempotency).
  function boundToRequest(v) {
    return typeof v === "function" && isRequest(rt.boundThis(v));
  }
  function ofRequest(v) {
    if (isRequest(v) || boundToRequest(v)) return true;
    if (v === null || typeof v !== "object") return false;
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null && !Array.isArray(v)) return false;
    for (const k of Object.keys(v)) {
      // a field's value, never an accessor's: a getter counting its reads ran at each save (fresh14-proxy-drafts)
      const d = Object.getOwnPropertyDescriptor(v, k);
      if (d !== undefined && "value" in d && (isRequest(d.value) || boundToRequest(d.value))) return true;
    }
    return false;
  }

  rt.handleKind("requestCell", function (d) {
    let entry = cells.get(d.id);
    if (!entry) {
      entry = {cell: new Cell(d.value, d.id), unit: null, touched: Date.now()};
      cells.set(d.id, entry);
    } else entry.cell.v = d.value;
    entry.touched = Math.max(entry.touched, Date.now());
    return entry.cell;
  });

  rt.cell = function (value, unit) {
    const current = rt.current();
    const id = (current ? current.id : "main") + ":c" + (++cellCount);
    const cell = new Cell(value, id, true, unit || (current ? current.unit : null));
    // cells made by main are referred to by main's values: they never expire
    const touched = rt.isMainRunning() ? Infinity : Date.now();
    cells.set(id, {cell: cell, unit: cell.unit, touched: touched});
    return cell;
  };

  // A parameter's value read by a closure its default made (`{ config = defaults, clock = () => config.now }`):
  // the body makes the parameter a cell after the closure was made, or the closure runs elsewhere with the cell.
  rt.cellValue = function (x) { return x instanceof Cell ? x.v : x; };
  // The unit keeping a closure's variable that is a cell (core.js, closureFluxion), or null.
  rt.cellUnit = function (x) { return x instanceof Cell ? x.unit : null; };

  rt.handleKind("cell", function (d) {
    const [id, unit] = Array.isArray(d) ? d : [d, null];
    let entry = cells.get(id);
    if (!entry) {
      entry = {cell: new Cell(undefined, id, false, unit), unit: null, touched: Date.now()};
      cells.set(id, entry);
    }
    entry.touched = Math.max(entry.touched, Date.now());
    return entry.cell;
  });

  function saveCells(unit) {
    const out = {};
    const now = Date.now();
    for (const [id, entry] of cells) {
      if (entry.unit !== unit || !entry.cell.loaded || ofRequest(entry.cell._v)) continue;
      if (now - entry.touched > CELL_TTL_MS) { cells.delete(id); continue; }
      out[id] = [entry.cell._v, entry.touched];
    }
    return out;
  }

  // The state is the unit's whole truth: a cell of the unit this isolate holds and the state does
  // not was made by a run whose result was not kept (a message run within another and dropped, a
  // refused result) or is older than the state (the unit ran elsewhere since). Kept, saveCells would
  // put it back into the state, with objects of that run that carry the ids of the state's own.
  function restoreCells(unit, saved) {
    for (const [id, entry] of cells) {
      if (entry.unit === unit && !(id in saved) && entry.cell.loaded && !ofRequest(entry.cell._v)) cells.delete(id);
    }
    for (const id of Object.keys(saved)) {
      const [value, touched] = saved[id];
      const entry = cells.get(id);
      if (entry) { entry.cell.v = value; entry.touched = Math.max(touched, entry.touched); entry.unit = entry.cell.unit = unit; }
      else cells.set(id, {cell: new Cell(value, id, true, unit), unit: unit, touched: touched});
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
