// Verify mode: the runtime checks the analysis (docs/executor.md, "Verify mode").
//
// Before and after each message of a unit analysed as stateless, it digests what
// that message could reach of main's values: every module-level binding of the
// service (but those of stateful units, restored from Redis for each of their
// messages), every module's `module.exports`, and the objects reachable from them.
// A difference means the message changed state that only this isolate holds.
//
// The digest is flat: each object reached gets a record (a string of its kind and
// its fields, where an object field is `#id` of that object), keyed by the object's
// identity, and remembers how it was first reached (breadth first). Two digests
// compare record by record (the objects both reached), so a change is found where it
// is, whatever the order of the walk. A walk stopped by the node's caps (values,
// depth) says so.
(function (rt) {
  "use strict";
  const SEP = "\u0000";  // between a record's parts: keys are JSON-quoted, strings length-prefixed
  const ids = new WeakMap();
  let lastId = 0;
  function idOf(o) {
    let id = ids.get(o);
    if (id === undefined) { id = ++lastId; ids.set(o, id); }
    return id;
  }

  // Prototypes and constructors of the language itself: named, never walked.
  const INTRINSIC = new Set();
  for (const name of ["Object", "Function", "Array", "Map", "Set", "WeakMap", "WeakSet", "Date", "RegExp", "Error",
                      "TypeError", "RangeError", "SyntaxError", "ReferenceError", "Promise", "ArrayBuffer",
                      "DataView", "Uint8Array", "Int8Array", "Uint16Array", "Int16Array", "Uint32Array",
                      "Int32Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array",
                      "Uint8ClampedArray", "Number", "String", "Boolean", "Symbol", "BigInt", "WeakRef"]) {
    const C = globalThis[name];
    if (typeof C === "function") { INTRINSIC.add(C); INTRINSIC.add(C.prototype); }
  }

  // A primitive as text (undefined for an object). Strings carry their length, so no
  // string can pass for another record's fields.
  function leaf(v) {
    switch (typeof v) {
      case "string": return "s" + v.length + ":" + v;
      case "number": return Object.is(v, -0) ? "-0" : "" + v;
      case "boolean": return v ? "true" : "false";
      case "undefined": return "undefined";
      case "bigint": return v + "n";
      case "symbol": return "Symbol(" + JSON.stringify(String(v.description)) + ")";
    }
    return v === null ? "null" : undefined;
  }

  // Fields of the runtime's own classes that are its bookkeeping, not the program's state
  // (a promise's "handled" flag, set by any `.then`): prototype -> Set of keys.
  const bookkeeping = new Map();
  rt.verifyIgnore = function (proto, keys) { bookkeeping.set(proto, new Set(keys)); };
  // Objects of the runtime held by program values: each node's own caches (an app's views and engines).
  const ignoredValues = new WeakSet();
  rt.verifyIgnoreValue = function (v) { ignoredValues.add(v); };

  const keyTexts = new Map();  // keys repeat (every row of a table has the same ones)
  function keyText(k) {
    let text = keyTexts.get(k);
    if (text === undefined) {
      text = typeof k === "symbol" ? "[" + String(k) + "]" : JSON.stringify(k);
      if (keyTexts.size < 10000) keyTexts.set(k, text);
    }
    return text;
  }

  function pathOf(parent, key) {
    if (typeof key === "number") return parent + "[" + key + "]";
    if (typeof key === "string" && /^[A-Za-z_$][\w$]*$/.test(key)) return parent + "." + key;
    return parent + "[" + (typeof key === "symbol" ? String(key) : JSON.stringify(key)) + "]";
  }

  // How an object was first reached, as [parent id, step, key]; made into a path only
  // for a report.
  const FIELD = 0, INDEX = 1, MAP_VALUE = 2, MAP_KEY = 3, MEMBER = 4, CAPTURED = 5, PROTO = 6, PRIVATE = 7, ROOT = 8;
  function step(path, kind, key) {
    switch (kind) {
      case FIELD: case INDEX: return pathOf(path, key);
      case MAP_VALUE: return path + ".get(" + key + ")";
      case MAP_KEY: return path + ".keys()";
      case MEMBER: return path + ".values()";
      case CAPTURED: return path + "(" + key + ")";
      case PROTO: return path + ".__proto__";
      case PRIVATE: return path + ".#" + key;
    }
    return key;  // ROOT: the binding's name
  }

  function pathTo(records, id) {
    const entry = records.get(id);
    if (id === 0 || entry === undefined) return "";
    const [, parent, kind, key] = entry;
    return step(kind === ROOT ? "" : pathTo(records, parent), kind, key);
  }

  function bytesHash(view) {  // FNV-1a over the bytes: deterministic, and cheap next to a copy
    const bytes = new Uint8Array(view.buffer || view, view.byteOffset || 0, view.byteLength);
    let h = 0x811c9dc5;
    for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
    return bytes.length + ":" + (h >>> 0).toString(16);
  }

  // One walk over the roots: {records: Map(id -> [record, parent id, step, key, object]),
  // capped, values}; record 0 holds the bindings.
  function digest(roots, limits) {
    const records = new Map();
    const queue = [];
    let values = 0, capped = false;

    function ref(v, depth, parent, kind, key) {
      values += 1;
      const l = leaf(v);
      if (l !== undefined) return l;
      if (rt.isRuntimeValue(v) || INTRINSIC.has(v) || ignoredValues.has(v)) return "rt";
      const id = idOf(v);
      if (!records.has(id)) {
        if (depth > limits.maxDepth) { capped = true; return "#" + id; }
        records.set(id, null);
        queue.push([v, id, depth, parent, kind, key]);
      }
      return "#" + id;
    }

    function fields(o, id, depth) {
      const skip = bookkeeping.get(Object.getPrototypeOf(o));
      let out = "";
      for (const k of Reflect.ownKeys(o)) {
        if (skip !== undefined && skip.has(k)) continue;
        const d = Object.getOwnPropertyDescriptor(o, k);
        if (!d.enumerable) continue;
        if ("value" in d) out += SEP + keyText(k) + "=" + ref(d.value, depth, id, FIELD, k);
        else if (traps.has(d.get)) out += SEP + keyText(k) + "=" + ref(d.get(), depth, id, FIELD, k);
        else out += SEP + keyText(k) + "=get " + ref(d.get, depth, id, FIELD, k) + " set " + ref(d.set, depth, id, FIELD, k);
      }
      return out;
    }

    function record(o, id, depth) {
      const next = depth + 1;
      if (typeof o === "function") {
        const info = rt.fnInfo.get(o);
        let out = info ? "fn " + info.id : "function";
        if (info && info.env) {
          const env = info.env();
          for (const k of Object.keys(env)) out += SEP + "env " + keyText(k) + "=" + ref(env[k], next, id, CAPTURED, k);
        }
        const statics = rt.privateStaticValues(o);  // a class's `static #x`
        if (statics) statics.forEach((v, j) => { out += SEP + "#" + j + "=" + ref(v, next, id, PRIVATE, j); });
        return out + fields(o, id, next);
      }
      const proto = Object.getPrototypeOf(o);
      let out = "proto=" + (proto === null ? "null" : ref(proto, next, id, PROTO, null));
      if (Array.isArray(o)) {
        out += SEP + "length=" + o.length;
        for (let i = 0; i < o.length; i++) out += SEP + (i in o ? ref(o[i], next, id, INDEX, i) : "hole");
        return out;
      }
      if (o instanceof Map) {
        for (const [k, v] of o) {
          const key = typeof k === "string" ? keyText(k) : ref(k, next, id, MAP_KEY, null);
          out += SEP + key + "=>" + ref(v, next, id, MAP_VALUE, key);
        }
      } else if (o instanceof Set) {
        for (const v of o) out += SEP + ref(v, next, id, MEMBER, null);
      } else if (o instanceof Date) {
        out += SEP + "time=" + o.getTime();
      } else if (o instanceof RegExp) {
        out += SEP + "re=" + String(o) + " lastIndex=" + o.lastIndex;
      } else if (ArrayBuffer.isView(o) || o instanceof ArrayBuffer) {
        values += o.byteLength >> 6;
        return out + SEP + "bytes=" + bytesHash(o);  // a typed array's indices are its bytes, digested here
      } else if (o instanceof WeakMap || o instanceof WeakSet || o instanceof Promise) {
        out += SEP + "opaque";
      } else if (o instanceof Error) {
        out += SEP + "message=" + leaf(String(o.message));
      } else if (rt.generatorSteps(o) !== undefined) {  // a generator's frame is unseen: how far it went is not
        out += SEP + "steps=" + rt.generatorSteps(o);
      }
      const priv = rt.privateValues(o);
      if (priv) priv.forEach((saved, i) => saved.forEach((v, j) => { out += SEP + "#" + i + "." + j + "=" + ref(v, next, id, PRIVATE, j); }));
      return out + fields(o, id, next);
    }

    let top = "bindings";
    for (const [name, value] of roots) top += SEP + keyText(name) + "=" + ref(value, 0, 0, ROOT, name);
    records.set(0, [top, null, ROOT, null, null]);
    for (let i = 0; i < queue.length; i++) {
      const [o, id, depth, parent, kind, key] = queue[i];
      if (values > limits.maxValues) {  // what is left goes unseen
        capped = true;
        for (let j = i; j < queue.length; j++) records.delete(queue[j][1]);
        break;
      }
      records.set(id, [record(o, id, depth), parent, kind, key, o]);
    }
    return {records: records, capped: capped, values: values};
  }

  // Module-level bindings of the service and every module's exports, but the
  // variables of stateful units: [[name, value]], names as "file:variable".
  function roots() {
    const project = rt.project, kept = new Set();
    for (const unit of Object.keys(project.units)) for (const [path, name] of project.units[unit]) kept.add(path + ":" + name);
    const out = [];
    for (const path of project.order) {
      const m = project.modules[path];
      if (!m.desc) continue;
      for (const name of m.desc.names.concat(m.desc.functions, m.desc.classes)) {
        if (!kept.has(path + ":" + name)) out.push([path + ":" + name, m.desc.acc("get", name)]);
      }
      out.push([path + ":module.exports", m.module.exports]);
    }
    for (const name of project.globals || []) {  // the program's global variables (runtime/core.js)
      if (!kept.has("<global>:" + name)) out.push(["<global>:" + name, globalThis[rt.globalKey(name)]]);
    }
    return out;
  }

  const KEYED = /^("(?:[^"\\]|\\.)*")(=>?)/;

  // Where two records of one object differ: [{path, key}] (key: a field's, when the
  // difference is in the object's own fields). Of the bindings (path null), only those
  // both records have: a module first required during the message brings new ones.
  function changedPaths(path, before, after) {
    const a = before.split(SEP), b = after.split(SEP);
    const inA = new Set(a), inB = new Set(b);
    const bound = path === null ? new Set(a.map((p) => (KEYED.exec(p) || [])[1])) : null;
    const out = [], seen = new Set();
    for (const part of b.filter((p) => !inA.has(p)).concat(a.filter((p) => !inB.has(p)))) {
      const m = KEYED.exec(part);
      if (m === null || seen.has(m[0]) || (bound !== null && !bound.has(m[1]))) continue;
      seen.add(m[0]);
      const key = JSON.parse(m[1]);
      if (m[2] === "=>") out.push({path: path + ".get(" + m[1] + ")"});
      else out.push({path: path === null ? key : pathOf(path, key), key: key});
    }
    // else an element of an array or a set, the prototype, the length, the order of keys
    return out.length || path === null ? out : [{path: path}];
  }

  // What was written between two digests (at most `limit`), breadth first:
  // [{path, object, key}], object and key when a field of an object changed.
  function changes(before, after, limit) {
    const out = [];
    for (const [id, now] of after.records) {
      const then = before.records.get(id);
      if (then === undefined || then[0] === now[0]) continue;
      for (const found of changedPaths(id === 0 ? null : pathTo(after.records, id), then[0], now[0])) {
        out.push({path: found.path, object: id === 0 ? null : now[4], key: found.key});
        if (out.length >= limit) return out;
      }
    }
    return out;
  }

  // -- the line of a write -------------------------------------------------------------
  // A digest sees that a value changed, not which line changed it. So a field of an
  // object found written becomes an accessor (read through by the digest) that notes
  // where it is written next: when a later message writes it again, the report has the
  // write's file:line. Bindings, array elements and Map or Set members are not traced.
  const traps = new WeakSet();  // the getters of traced fields
  const traced = new WeakMap();  // object -> Map(key -> {file, line, stamp} of its last write, or null)
  let stamp = 0;  // which verified message is running

  function trace(o, key) {
    const d = Object.getOwnPropertyDescriptor(o, key);
    if (!d || !("value" in d) || !d.writable || !d.configurable) return;
    let value = d.value;
    const get = function () { return value; };
    const set = function (v) {
      value = v;
      const frames = rt.userFrames(new Error());
      if (frames.length) traced.get(o).set(key, {file: frames[0].file, line: frames[0].line, stamp: stamp});
    };
    traps.add(get);
    if (!traced.has(o)) traced.set(o, new Map());
    traced.get(o).set(key, null);
    Object.defineProperty(o, key, {get: get, set: set, enumerable: d.enumerable, configurable: true});
  }

  // The report of one change: {path, file, line} (file and line of the write when traced).
  function located(change) {
    const seen = change.object ? traced.get(change.object) : undefined;
    const last = seen !== undefined && seen.has(change.key) ? seen.get(change.key) : undefined;
    const at = last && last.stamp === stamp ? last : null;
    if (last !== undefined) seen.set(change.key, null);
    else if (change.key !== undefined && change.object) {
      try { trace(change.object, change.key); } catch (e) { /* a proxy, a sealed object: not traced */ }
    }
    return {path: change.path, file: at ? at.file : null, line: at ? at.line : null};
  }

  // -- what rt.run calls -------------------------------------------------------------
  let baseline = null;  // the digest after the last verified message, while nothing else ran since

  rt.verifyStart = function (limits) {
    stamp += 1;
    if (!limits) { baseline = null; return; }
    if (baseline !== null && baseline.limits.maxValues === limits.maxValues &&
        baseline.limits.maxDepth === limits.maxDepth) return;
    try {
      baseline = digest(roots(), limits);
      baseline.limits = limits;
    } catch (e) {  // a binding not initialised yet (`let` read early), a proxy that throws...
      baseline = {failed: String(e && e.message), limits: limits};
    }
  };

  // {wrote: [{path, file, line}], capped, values} of the message now ending, or null when it was not
  // verified; {failed} when a digest could not be made.
  rt.verifyEnd = function () {
    if (baseline === null) return null;
    const before = baseline;
    baseline = null;
    if (before.failed) return {wrote: [], failed: before.failed};
    let after;
    try {
      after = digest(roots(), before.limits);
    } catch (e) {
      return {wrote: [], failed: String(e && e.message)};
    }
    after.limits = before.limits;
    baseline = after;
    return {wrote: changes(before, after, 5).map(located), capped: after.capped, values: after.values};
  };

  rt.verifyDigest = digest;  // for tests/executor/test_verify_digest.py
  rt.verifyChanges = changes;
})(require("./core"));
