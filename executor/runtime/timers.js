// Timers: every callback is a message. setTimeout and setImmediate post one
// message later; setInterval starts a stream of them (a `start` stream).
require("./promise");  // rt.Promise
const {EFFECT} = require("./protocol");
(function (rt) {
  "use strict";

  class Timeout {
    constructor(id, repeat) { this._id = id; this._repeat = repeat; this._ref = true; }
    ref() { this._ref = true; return this; }
    unref() { this._ref = false; return this; }
    hasRef() { return this._ref; }
    refresh() { return this; }
    close() { rt.emit({op: EFFECT.clearTimer, id: this._id}); return this; }
    [Symbol.toPrimitive]() { return this._id; }
    [rt.SER]() { return {k: "timer", v: {id: this._id, repeat: this._repeat}}; }
  }
  class Immediate extends Timeout {}
  rt.handleKind("timer", (v) => new Timeout(v.id, v.repeat));

  function delayOf(ms) {
    const n = Number(ms);
    return n >= 1 && n <= 2147483647 ? Math.floor(n) : 1;
  }

  function checkCallback(fn) {
    if (typeof fn !== "function") {
      const e = new TypeError('The "callback" argument must be of type function. Received ' + (fn === undefined ? "undefined" : typeof fn));
      e.code = "ERR_INVALID_ARG_TYPE";
      throw e;
    }
  }

  // A package's closure cannot travel in a timer message. A short timer of one (walk
  // pacing a directory walk with setTimeout(next, 4), bluebird's Promise.delay and
  // .timeout) runs in its message on the message's own clock (run.js, keepTimer); a
  // longer one fails with the error of a function that cannot be carried.
  const PACKAGE_TIMER_MS = 1000;

  function setTimeout(fn, ms) {
    checkCallback(fn);
    const id = rt.newId();
    const args = Array.prototype.slice.call(arguments, 2);
    if (!(delayOf(ms) <= PACKAGE_TIMER_MS && rt.keepTimer(fn, args, id, delayOf(ms)))) {
      rt.post(fn, args, {via: "setTimeout", delay: delayOf(ms), id: id});
    }
    return new Timeout(id, null);
  }

  function setInterval(fn, ms) {
    checkCallback(fn);
    const id = rt.newId();
    const period = delayOf(ms);
    rt.post(fn, Array.prototype.slice.call(arguments, 2), {via: "setInterval", delay: period, repeat: period, id: id, kind: "start"});
    return new Timeout(id, period);
  }

  function setImmediate(fn) {
    checkCallback(fn);
    const id = rt.newId();
    const args = Array.prototype.slice.call(arguments, 1);
    if (!rt.keepImmediate(fn, args, id)) rt.post(fn, args, {via: "setImmediate", id: id});
    return new Immediate(id, null);
  }

  function clear(timer) {
    if (timer === null || timer === undefined) return;
    const id = typeof timer === "object" ? timer._id : String(timer);
    if (id && !rt.clearKeptImmediate(id)) rt.emit({op: EFFECT.clearTimer, id: id});
  }

  // timers/promises, and what util.promisify gives for setTimeout and setImmediate (as in Node):
  // the timer's message carries the promise's resolve function. With `{ signal }`, the promise
  // rejects with an AbortError when the signal aborts (at once if it already has) and the timer
  // is cleared: the signal's listener is a runtime partial holding the timer and the reject
  // function, so it travels with the signal in the unit's state to the message that aborts.
  function abortError(signal) {
    const e = new Error("The operation was aborted", {cause: signal.reason});
    e.name = "AbortError";
    e.code = "ABORT_ERR";
    return e;
  }
  function signalOf(options) {
    const signal = options !== null && typeof options === "object" ? options.signal : undefined;
    if (signal !== undefined && !(signal instanceof AbortSignal)) {
      const e = new TypeError('The "options.signal" property must be an instance of AbortSignal.' + rt.received(signal));
      e.code = "ERR_INVALID_ARG_TYPE";
      throw e;
    }
    return signal;
  }
  rt.timerAborted = function (timer, reject, signal) {
    clear(timer);
    reject(abortError(signal));
  };
  function cancellable(start, options) {
    let signal;
    try {
      signal = signalOf(options);
    } catch (e) {
      return rt.Promise.reject(e);
    }
    if (signal && signal.aborted) return rt.Promise.reject(abortError(signal));
    return new rt.Promise((resolve, reject) => {
      const timer = start(resolve);
      if (signal) signal.addEventListener("abort", rt.partial(rt.timerAborted, timer, reject, signal), {once: true});
    });
  }
  function sleep(ms, value, options) {
    return cancellable((resolve) => setTimeout(resolve, ms, value), options);
  }
  function nextTurn(value, options) {
    return cancellable((resolve) => setImmediate(resolve, value), options);
  }
  // `scheduler.wait(ms, { signal })` and `scheduler.yield()` (Node 17+), the same timers
  const scheduler = {wait: (ms, options) => sleep(ms, undefined, options), yield: () => nextTurn()};

  // timers/promises' `setInterval(ms, value, { signal })`: an async iterator whose each `next()` is a
  // timer of `ms` (a `for await` over it is written out as a loop whose continuations carry it:
  // analyzer/forawait.py), rejected by the signal's abort. Node ticks on a fixed rate whatever the
  // loop does; here each tick is `ms` after the loop asked for it. A `next()` drops the abort
  // listener its previous timer left on the signal.
  class Interval {
    constructor(ms, value, options) {
      this._ms = delayOf(ms);
      this._value = value;
      this._options = options;  // checked by the first `next()`, as Node's async generator does
      this._signal = undefined;
      this._done = false;
      this._timer = null;
    }
    [Symbol.asyncIterator]() { return this; }
    next() {
      if (this._done) return rt.Promise.resolve({value: undefined, done: true});
      if (this._options !== undefined) {
        try {
          this._signal = signalOf(this._options);
        } catch (e) {
          this._done = true;
          return rt.Promise.reject(e);
        }
        this._options = undefined;
      }
      const signal = this._signal;
      if (signal && this._timer !== null) dropTimerAbort(signal, this._timer);
      if (signal && signal.aborted) return rt.Promise.reject(abortError(signal));
      return new rt.Promise((resolve, reject) => {
        this._timer = setTimeout(resolve, this._ms, {value: this._value, done: false});
        if (signal) signal.addEventListener("abort", rt.partial(rt.timerAborted, this._timer, reject, signal), {once: true});
      });
    }
    return() {
      this._done = true;
      if (this._timer !== null) {
        clear(this._timer);
        if (this._signal) dropTimerAbort(this._signal, this._timer);
      }
      return rt.Promise.resolve({value: undefined, done: true});
    }
  }
  rt.runtimeClass("timers.Interval", Interval);
  function dropTimerAbort(signal, timer) {
    const i = signal._listeners.findIndex(([type, listener]) => {
      const handle = type === "abort" && typeof listener === "function" && listener[rt.SER] ? listener[rt.SER]() : null;
      return handle && handle.k === "partial" && handle.v.fn === rt.timerAborted && handle.v.args[0]._id === timer._id;
    });
    if (i >= 0) signal._listeners.splice(i, 1);
  }
  function interval(ms, value, options) {
    return new Interval(ms, value, options);
  }
  const timersPromises = {setTimeout: sleep, setImmediate: nextTurn, setInterval: interval, scheduler};
  const PROMISIFY = Symbol.for("nodejs.util.promisify.custom");
  setTimeout[PROMISIFY] = sleep;
  setImmediate[PROMISIFY] = nextTurn;

  const timers = {setTimeout, setInterval, setImmediate, clearTimeout: clear, clearInterval: clear, clearImmediate: clear};
  Object.assign(globalThis, timers);
  globalThis.queueMicrotask = function (fn) { rt.tick(fn, [], "queueMicrotask"); };
  rt.defineRuntimeModule("timers", () => timers);
  rt.defineRuntimeModule("timers/promises", () => timersPromises);
  rt.require("timers");  // the globals are values that can travel (a closure may hold setTimeout)
  rt.require("timers/promises");
  rt.defineRuntimeModule("__liquefy_timers_abort", () => ({timerAborted: rt.timerAborted}));
  rt.require("__liquefy_timers_abort");  // registers it as a value that can travel (a signal's listener)
})(require("./core"));
