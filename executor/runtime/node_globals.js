// Node's globals the runtime makes itself: console, process, global (the builtins'
// loader makes Buffer, URL and the others; timers.js the timers). What they print is
// a log effect.
(function (global, rt) {
  "use strict";
  const {EFFECT} = require("./protocol");

  // -- console -------------------------------------------------------------------
  function format(args) {
    const util = rt.require("util");
    return util.format.apply(null, args);
  }
  const consoleObject = {};
  for (const [name, level] of [["log", "log"], ["info", "info"], ["debug", "debug"], ["warn", "warn"],
                               ["error", "error"], ["trace", "error"]]) {
    consoleObject[name] = function () {
      rt.emit({op: EFFECT.log, level: level, text: format(arguments), fx: rt.runningFluxion()});
    };
  }
  consoleObject.dir = function (v) { rt.emit({op: EFFECT.log, level: "log", text: rt.require("util").inspect(v)}); };
  consoleObject.table = consoleObject.log;
  consoleObject.time = consoleObject.timeEnd = consoleObject.group = consoleObject.groupEnd = function () {};
  consoleObject.assert = function (ok) {
    if (!ok) rt.emit({op: EFFECT.log, level: "error", text: "Assertion failed" + (arguments.length > 1 ? ": " + format(Array.prototype.slice.call(arguments, 1)) : "")});
  };
  global.console = consoleObject;

  // -- process -------------------------------------------------------------------
  const startedAt = Date.now();
  // Listeners of the service's own events (not Node's) live in a Map on the global object under
  // Symbol.for("liquefy.process.events"): a handler registering one (`process.on('x', fn)` in a
  // request) changes the program's global variable of that name (analyzer/state.py, PROCESS_EVENTS_VAR),
  // kept in its unit's state; Node's own events ('SIGTERM', 'exit'...) stay in this isolate.
  const PROCESS_EVENTS = Symbol.for("liquefy.process.events");
  const nodeEvents = new Map();
  const nodeEvent = (event) => typeof event !== "string" || /^SIG/.test(event) || ["exit", "beforeExit",
    "uncaughtException", "uncaughtExceptionMonitor", "unhandledRejection", "rejectionHandled", "warning", "message",
    "disconnect", "worker", "multipleResolves"].includes(event);
  const ownEvents = () => {
    if (!(global[PROCESS_EVENTS] instanceof Map)) global[PROCESS_EVENTS] = new Map();
    return global[PROCESS_EVENTS];
  };
  const processListeners = (event) => {
    const table = nodeEvent(event) ? nodeEvents : ownEvents();
    if (!table.has(event)) table.set(event, []);
    return table.get(event);
  };
  // Main's listeners travel in its snapshot (run.js finishMain, core.js loadMain), as the module
  // variables do: an isolate that loaded it runs them on `process.emit` too.
  rt.processListenersOfMain = function () {
    const out = [];
    for (const [event, list] of ownEvents()) {
      if (list.length) out.push([event, list.map((l) => ({fn: l.fn, once: l.once}))]);
    }
    return out.length ? out : null;
  };
  rt.restoreProcessListeners = function (saved) {
    for (const [event, list] of saved) ownEvents().set(event, list.map((l) => ({fn: l.fn, once: l.once})));
  };
  global.process = {
    env: new Proxy({}, {get: (t, k) => (typeof k === "string" ? rt.project.env[k] : undefined),
                        set: (t, k, v) => { rt.project.env[k] = String(v); return true; },
                        deleteProperty: (t, k) => { delete rt.project.env[k]; return true; },
                        has: (t, k) => k in rt.project.env, ownKeys: () => Object.keys(rt.project.env),
                        getOwnPropertyDescriptor: (t, k) => (k in rt.project.env ? {value: rt.project.env[k], enumerable: true, configurable: true} : undefined)}),
    argv: ["/usr/bin/node", "app.js"], execArgv: [], pid: 1, ppid: 0, platform: "linux", arch: "x64",
    version: "v20.0.0", versions: {node: "20.0.0", v8: "liquefy"}, release: {name: "node"}, title: "node",
    cwd: () => rt.project.root, uptime: () => performanceNow() / 1000,
    hrtime: Object.assign(function (prev) {
      const ns = Math.round(performanceNow() * 1e6);
      let s = Math.floor(ns / 1e9), n = ns % 1e9;
      if (prev) { s -= prev[0]; n -= prev[1]; if (n < 0) { s -= 1; n += 1e9; } }
      return [s, n];
    }, {bigint: () => BigInt(Math.round(performanceNow() * 1e6))}),
    memoryUsage: () => ({rss: 0, heapTotal: 0, heapUsed: 0, external: 0, arrayBuffers: 0}),
    nextTick: function (fn) { rt.tick(fn, Array.prototype.slice.call(arguments, 1), "process.nextTick"); },
    // Listeners of the service's own events (`process.on('orders:refund', fn)` in main, run by a
    // handler's `process.emit`), called synchronously as Node.js calls them; the analysis takes them for
    // an emitter of the program's (analyzer/ruptures.py, PROCESS_EVENTS). Node's own events ('SIGTERM',
    // 'exit', 'uncaughtException'...) are kept too and never emitted by the runtime.
    on: function (event, fn) { processListeners(event).push({fn: fn, once: false}); return this; },
    addListener: function (event, fn) { return this.on(event, fn); },
    prependListener: function (event, fn) { processListeners(event).unshift({fn: fn, once: false}); return this; },
    once: function (event, fn) { processListeners(event).push({fn: fn, once: true}); return this; },
    prependOnceListener: function (event, fn) { processListeners(event).unshift({fn: fn, once: true}); return this; },
    off: function (event, fn) { return this.removeListener(event, fn); },
    removeListener: function (event, fn) {
      const list = processListeners(event);
      for (let i = list.length - 1; i >= 0; i--) {
        if (list[i].fn === fn) { list.splice(i, 1); break; }
      }
      return this;
    },
    removeAllListeners: function (event) {
      if (event === undefined) { nodeEvents.clear(); ownEvents().clear(); } else (nodeEvent(event) ? nodeEvents : ownEvents()).delete(event);
      return this;
    },
    listeners: function (event) { return processListeners(event).map((l) => l.fn); },
    rawListeners: function (event) { return processListeners(event).map((l) => l.fn); },
    listenerCount: function (event) { return processListeners(event).length; },
    eventNames: function () {
      return [...nodeEvents, ...ownEvents()].filter(([, list]) => list.length).map(([k]) => k);
    },
    setMaxListeners: function () { return this; }, getMaxListeners: function () { return 10; },
    emit: function (event) {
      const list = processListeners(event);
      if (!list.length) return false;
      const args = Array.prototype.slice.call(arguments, 1);
      for (const l of list.slice()) {
        if (l.once) this.removeListener(event, l.fn);
        l.fn.apply(this, args);
      }
      return true;
    },
    // Node 20.12's loader of a .env file (without `--env-file`): the variables already set are kept
    loadEnvFile: function loadEnvFile(path) {
      const text = rt.require("fs").readFileSync(path === undefined ? ".env" : path, "utf8");
      const parsed = rt.require("util").parseEnv(text);
      for (const key of Object.keys(parsed)) if (!(key in rt.project.env)) rt.project.env[key] = parsed[key];
    },
    exit: function (code) { throw new Error("process.exit(" + (code || 0) + ") is not available: a liquid service does not stop itself"); },
    stdout: {write: (s) => { rt.emit({op: EFFECT.log, level: "log", text: String(s).replace(/\n$/, "")}); return true; }},
    stderr: {write: (s) => { rt.emit({op: EFFECT.log, level: "error", text: String(s).replace(/\n$/, "")}); return true; }},
  };
  // `require('node:process')`, as modern packages write it (chalk's supports-color): the global.
  rt.defineRuntimeModule("process", () => global.process);
  // The service's clock starts when it was deployed, the same origin in every isolate on every
  // node: `performance.now()` or `process.hrtime()` before an await and after it, in another
  // message maybe on another node, measure the time between (this isolate's start otherwise).
  const clockOrigin = () => rt.project.clockOrigin || startedAt;
  function performanceNow() { return Date.now() - clockOrigin(); }
  global.global = global;

  // -- performance (perf_hooks): the isolate's clock since it started, with marks and measures
  const perfEntries = [];
  const perfEntry = (name, entryType, startTime, duration, detail) =>
    ({name: String(name), entryType, startTime, duration, detail: detail === undefined ? null : detail});
  function markTime(name) {
    for (let i = perfEntries.length - 1; i >= 0; i--) {
      if (perfEntries[i].entryType === "mark" && perfEntries[i].name === name) return perfEntries[i].startTime;
    }
    const err = new SyntaxError(`The "${name}" performance mark has not been set`);
    err.code = 23;
    throw err;
  }
  const at = (point, fallback) => (point === undefined ? fallback : typeof point === "number" ? point : markTime(point));
  const clear = (type) => (name) => {
    for (let i = perfEntries.length - 1; i >= 0; i--) {
      if (perfEntries[i].entryType === type && (name === undefined || perfEntries[i].name === name)) perfEntries.splice(i, 1);
    }
  };
  const performance = {
    get timeOrigin() { return clockOrigin(); },
    now: performanceNow,
    mark(name, options) {
      const e = perfEntry(name, "mark", at(options && options.startTime, performanceNow()), 0, options && options.detail);
      perfEntries.push(e);
      return e;
    },
    measure(name, start, end) {
      const options = start !== null && typeof start === "object" ? start : {start: start, end: end};
      const from = at(options.start, 0), to = at(options.end, performanceNow());
      const e = perfEntry(name, "measure", from, to - from, options.detail);
      perfEntries.push(e);
      return e;
    },
    getEntries: () => perfEntries.slice(),
    getEntriesByName: (name, type) => perfEntries.filter((e) => e.name === name && (!type || e.entryType === type)),
    getEntriesByType: (type) => perfEntries.filter((e) => e.entryType === type),
    clearMarks: clear("mark"),
    clearMeasures: clear("measure"),
    toJSON: () => ({timeOrigin: clockOrigin()}),
  };
  global.performance = performance;
  rt.defineRuntimeModule("perf_hooks", () => {
    const hooks = {performance};
    for (const name of ["PerformanceObserver", "monitorEventLoopDelay", "createHistogram", "PerformanceEntry"]) {
      Object.defineProperty(hooks, name, {enumerable: true, get() {
        throw new Error(`perf_hooks.${name} is not available in Liquefy (only performance is)`);
      }});
    }
    return hooks;
  });

  // -- what this V8 has and Node.js 20's (V8 11.3) has not -------------------------
  // A service or a package that tests for them (Set's union, Object.groupBy, iterator
  // helpers, Promise.withResolvers...) finds what it finds under Node.js 20.
  const NEWER = [[Object, "groupBy"], [Map, "groupBy"], [Array, "fromAsync"], [Math, "f16round"], [JSON, "rawJSON"],
    [JSON, "isRawJSON"], [Intl, "DurationFormat"], [Intl, "v8BreakIterator"], [RegExp, "escape"], [Atomics, "pause"],
    [Error, "isError"], [Uint8Array, "fromBase64"], [Uint8Array, "fromHex"], [ArrayBuffer.prototype, "detached"],
    [ArrayBuffer.prototype, "transfer"], [ArrayBuffer.prototype, "transferToFixedLength"],
    [global, "AsyncDisposableStack"], [global, "DisposableStack"], [global, "Float16Array"], [global, "Iterator"],
    [global, "SuppressedError"], [global, "Temporal"]];
  for (const name of ["setFromBase64", "setFromHex", "toBase64", "toHex"]) NEWER.push([Uint8Array.prototype, name]);
  for (const name of ["difference", "intersection", "isDisjointFrom", "isSubsetOf", "isSupersetOf",
                      "symmetricDifference", "union"]) NEWER.push([Set.prototype, name]);
  const iteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
  for (const name of Object.getOwnPropertyNames(iteratorPrototype)) NEWER.push([iteratorPrototype, name]);
  for (const [holder, name] of NEWER) delete holder[name];
  // A deletion turns an object into a dictionary, and V8 then neither inlines `Math.sqrt` nor
  // caches a method's lookup: a loop of Math.sqrt ran 2.5 times slower. An object set as a
  // function's prototype is made fast again.
  for (const holder of new Set(NEWER.map(([holder]) => holder))) if (holder !== global) makeFast(holder);
  function makeFast(object) {
    function Holder() {}
    Holder.prototype = object;
    return new Holder();
  }

  // -- Array.prototype.sort as Node.js 20's V8 (11.3) runs it: array_sort.js ----------
  require("./array_sort").install(Array.prototype);

  // -- JSON.parse's errors as Node.js 20's V8 (11.3) words them --------------------
  // This V8 adds " (line 1 column 2)" to "... in JSON at position 1": express.json()'s 400
  // and every service that shows a parse error's message answered differently.
  const nativeParse = JSON.parse;
  const POSITION_SUFFIX = / \(line \d+ column \d+\)$/;
  Object.defineProperty(JSON, "parse", {value: {parse(text, reviver) {
    try {
      return nativeParse(text, reviver);
    } catch (e) {
      if (e instanceof SyntaxError && POSITION_SUFFIX.test(e.message)) {
        const message = e.message.replace(POSITION_SUFFIX, "");
        e.stack = String(e.stack).replace(e.message, message);
        e.message = message;
      }
      throw e;
    }
  }}.parse, writable: true, configurable: true, enumerable: false});
  global.setTimeout = global.setInterval = global.setImmediate = undefined;  // defined by the timers module
})(globalThis, require("./core"));
