// Promises that can travel. A promise is data (state, value, reactions) and its
// resolve/reject functions are handles, so a promise made in one message can be
// settled in another, on another node (a timer, a file read, a redis reply).
// Reactions run here, as microtasks drained at the end of the message, when
// their fluxion can run here; otherwise they become a message to their fluxion.
require("./verify");  // rt.verifyIgnore
const {EFFECT} = require("./protocol");
(function (rt) {
  "use strict";
  const PENDING = "pending", FULFILLED = "fulfilled", REJECTED = "rejected";
  const NativePromise = Promise;  // V8's own, before the global becomes LiquidPromise
  const jobs = [];
  let unhandled = [];

  function isThenable(v) {
    return v !== null && (typeof v === "object" || typeof v === "function") && typeof v.then === "function";
  }

  class LiquidPromise {
    constructor(executor) {
      if (typeof executor !== "function") throw new TypeError("Promise resolver " + typeof executor + " is not a function");
      rt.promisesTouched = true;
      this._state = PENDING;
      this._value = undefined;
      this._reactions = [];
      this._handled = false;
      const [resolve, reject] = resolvers(this);
      try { executor(resolve, reject); } catch (e) { reject(e); }
    }

    then(onFulfilled, onRejected) {
      if (this._forward) return target(this).then(onFulfilled, onRejected);
      const child = new LiquidPromise(noop);
      const current = rt.current();
      const reaction = {onFulfilled: typeof onFulfilled === "function" ? onFulfilled : undefined,
                        onRejected: typeof onRejected === "function" ? onRejected : undefined, child: child,
                        unit: current ? current.unit : null};
      const ctx = rt.asyncContext();
      if (ctx !== null) reaction.ctx = ctx;  // AsyncLocalStorage's stores: the handler runs in them
      this._handled = true;
      if (this._remote) rt.emit({op: EFFECT.promiseThen, id: this._remote, jobs: [jobOf(reaction)]});
      else if (this._state === PENDING) {
        this._reactions.push(reaction);
        if (rt.isUserFunction(onFulfilled) || rt.isUserFunction(onRejected)) rt.noteWait();
      }
      else schedule(reaction, this._state, this._value);
      return child;
    }

    catch(onRejected) { return this.then(undefined, onRejected); }

    finally(onFinally) {
      if (typeof onFinally !== "function") return this.then(onFinally, onFinally);
      return this.then(rt.partial(rt.promiseFinallyValue, onFinally), rt.partial(rt.promiseFinallyError, onFinally));
    }

    static resolve(value) {
      if (value instanceof LiquidPromise) return value;
      return new LiquidPromise((res) => res(value));
    }

    static reject(reason) { return new LiquidPromise((res, rej) => rej(reason)); }

    static all(iterable) { return combine(iterable, "all"); }
    static allSettled(iterable) { return combine(iterable, "allSettled"); }
    static any(iterable) { return combine(iterable, "any"); }

    static race(iterable) { return combine(iterable, "race"); }

    get [Symbol.toStringTag]() { return "Promise"; }

    [rt.SER]() {
      if (this._remote) return {k: "promise", v: {remote: this._remote, kept: this._kept}};
      return {k: "promise", v: {state: this._state, value: this._value, reactions: this._reactions,
                                handled: this._handled, forward: this._forward || null, was: this._was}};
    }
  }

  rt.verifyIgnore(LiquidPromise.prototype, ["_handled", "_kept"]);
  // JSON.stringify(promise) is "{}" in Node (a forgotten await in `res.json({ value: p })`):
  // our fields are internal slots there.
  Object.defineProperty(LiquidPromise.prototype, "toJSON", {value: function toJSON() { return {}; },
                                                            writable: true, configurable: true});

  function noop() {}

  // A promise resolved with another of ours follows it: its reactions move there,
  // so chains (a loop's iterations) stay flat however long they grow.
  function target(p) {
    while (p._forward) p = p._forward;
    return p;
  }

  // filled, so that what it holds (a reaction's closure) can refer back to it
  rt.handleKind("promise", function (v, p) {
    rt.promisesTouched = true;
    Object.setPrototypeOf(p, LiquidPromise.prototype);
    if (v.remote) {
      Object.assign(p, {_state: PENDING, _reactions: [], _handled: true, _forward: null, _remote: v.remote,
                        _kept: v.kept});
      return p;
    }
    p._state = v.state; p._value = v.value; p._reactions = v.reactions; p._handled = v.handled;
    p._forward = v.forward;
    if (v.was !== undefined) p._was = v.was;
    return p;
  }, true);

  // -- promises held in several places ------------------------------------------------
  // A pending promise copied into two places (two messages, or a message and a
  // unit's state or main's snapshot) would be two promises: each copy settled on
  // its own, reactions added to one never run by the other. So at the end of a
  // message such a promise moves to Redis (p:promise:<id>, see effects.py): its
  // copies become references, reactions are added there, and the first settlement
  // wins and runs them, each as a message. A promise only one place holds stays
  // data and settles in the message that settles it, at no cost.
  function isLocalPending(v) {
    return v instanceof LiquidPromise && !v._remote && !v._forward && v._state === PENDING;
  }
  function isRemotePromise(v) { return v instanceof LiquidPromise && !!v._remote; }

  function sharePromise(p, kept) {
    p._remote = rt.newId();
    p._kept = kept;
    const jobs = p._reactions.map(jobOf);
    p._reactions = [];
    p._handled = true;
    rt.emit({op: EFFECT.promiseCreate, id: p._remote, jobs: jobs, kept: kept});
  }

  // A unit's promise kept in Redis, settled: the unit takes it back as a settled promise
  // of its own, whose value is now the unit's (`const board = await boardReady` then
  // `board.moves++` changes the unit's board, not a copy decoded for each reaction).
  // Gives the value the reaction is to get: the unit's, when the promise is its.
  function ownSettled(p, id, status, value) {
    if (!(p instanceof LiquidPromise)) return undefined;
    if (p._remote === id) {
      Object.assign(p, {_remote: undefined, _kept: undefined, _was: id, _state: status, _value: value, _handled: true});
      return {value: value};
    }
    return p._was === id ? {value: p._value} : undefined;
  }

  function keepPromise(p) {
    p._kept = true;
    rt.emit({op: EFFECT.promiseKeep, id: p._remote});
  }

  // A reaction kept in Redis: the function its message runs, and where it runs for
  // each outcome ([fluxion, unit]), as schedule() decides for one run here.
  function jobOf(reaction) {
    return {fn: rt.partial(rt.promiseJob, reaction),
            fulfilled: jobPlace(reaction, reaction.onFulfilled), rejected: jobPlace(reaction, reaction.onRejected)};
  }

  function jobPlace(reaction, handler) {
    if (handler !== undefined && rt.fluxionOf(handler) !== null) return [rt.fluxionOf(handler), null];
    if (handler !== undefined && reaction.unit && !rt.isStateless(reaction.unit)) return [null, reaction.unit];
    return [null, null];
  }

  // -- resolving functions: handles that remember their promise ----------------------
  function resolvers(promise) {
    const state = {done: false};
    const resolve = function (value) { settle(promise, state, value, false); };
    const reject = function (reason) { settle(promise, state, reason, true); };
    resolve[rt.SER] = () => ({k: "resolver", v: {promise: promise, reject: false, state: state}});
    reject[rt.SER] = () => ({k: "resolver", v: {promise: promise, reject: true, state: state}});
    return [resolve, reject];
  }

  rt.handleKind("resolver", function (v) {
    const fn = function (value) { settle(v.promise, v.state, value, v.reject); };
    fn[rt.SER] = () => ({k: "resolver", v: v});
    return fn;
  }, "function");

  function settle(promise, state, value, isReject) {
    if (state.done) return;
    state.done = true;
    if (isReject) { finish(promise, REJECTED, value); return; }
    if (value === promise) { finish(promise, REJECTED, new TypeError("Chaining cycle detected for promise #<Promise>")); return; }
    // A promise kept in Redis cannot follow a local one (its reactions are there, not
    // here): it waits for it as for any thenable, and settles in Redis when it does.
    if (value instanceof LiquidPromise && !target(value)._remote && !promise._remote) {
      const inner = target(value);
      if (inner === promise) { finish(promise, REJECTED, new TypeError("Chaining cycle detected for promise #<Promise>")); return; }
      if (inner._state === PENDING) {
        promise._forward = inner;
        inner._handled = inner._handled || promise._reactions.length > 0;
        for (const reaction of promise._reactions) inner._reactions.push(reaction);
        promise._reactions = [];
        return;
      }
      inner._handled = true;
      finish(promise, inner._state, inner._value);
      return;
    }
    if (value instanceof NativePromise) {
      // It settles in V8's microtask checkpoint, and its reactions go on there, after the microtasks V8 has
      // queued before (a package's own `await` of the same promise: p-limit's count falls before the handler
      // that awaited the job reads it), not in the next call into V8.
      const [res, rej] = resolvers(promise);
      value.then((v) => { res(v); drainLater(); }, (e) => { rej(e); drainLater(); });
      return;
    }
    if (isThenable(value)) {
      const [res, rej] = resolvers(promise);
      try { value.then(res, rej); } catch (e) { rej(e); }
      return;
    }
    finish(promise, FULFILLED, value);
  }

  function finish(promise, status, value) {
    if (promise._remote) {  // the first settlement that reaches Redis wins
      rt.emit({op: EFFECT.promiseSettle, id: promise._remote, args: [status, value]});
      return;
    }
    promise._state = status;
    promise._value = value;
    const reactions = promise._reactions;
    promise._reactions = [];
    if (status === REJECTED && !promise._handled && reactions.length === 0) unhandled.push(promise);
    for (const reaction of reactions) schedule(reaction, status, value);
  }

  // -- running reactions ---------------------------------------------------------------
  // A handler that is a fluxion runs in its unit. Any other handler (a closure of
  // the program) runs in the unit that registered it when that unit keeps state:
  // the closure may use the unit's cells.
  function schedule(reaction, status, value) {
    const handler = status === FULFILLED ? reaction.onFulfilled : reaction.onRejected;
    const current = rt.current();
    const here = current ? current.unit : null;
    if (handler === undefined) {
      jobs.push([reaction, status, value]);
    } else if (rt.fluxionOf(handler) !== null) {
      if (rt.isLocal(handler)) jobs.push([reaction, status, value]);
      else rt.post(rt.promiseJob, [reaction, status, value], {via: "promise", target: rt.fluxionOf(handler)});
    } else if (reaction.unit && reaction.unit !== here && !rt.isStateless(reaction.unit)) {
      rt.post(rt.promiseJob, [reaction, status, value], {via: "promise", target: null, unit: reaction.unit});
    } else {
      jobs.push([reaction, status, value]);
    }
  }

  rt.promiseJob = function (reaction, status, value) {
    runJob(reaction, status, value);
    drainMicrotasks();
  };

  function runJob(reaction, status, value) {
    const handler = status === FULFILLED ? reaction.onFulfilled : reaction.onRejected;
    const [resolve, reject] = resolvers(reaction.child);
    if (handler === undefined) {
      (status === FULFILLED ? resolve : reject)(value);
      return;
    }
    let result;
    try {
      result = reaction.ctx === undefined && rt.asyncContext() === null ? handler(value)
        : rt.inAsyncContext(reaction.ctx, handler, undefined, [value]);
    } catch (e) {
      reject(e);
      return;
    }
    resolve(result);
  }

  function hasMicrotasks() { return jobs.length > 0; }
  function drainLater() { NativePromise.resolve().then(drainMicrotasks); }

  // The microtask queue: promise reactions ([reaction, status, value]) and, in the same
  // order, queueMicrotask's callbacks ([task], run.js).
  function queueTask(task) { jobs.push([task]); }

  function drainMicrotasks() {
    let guard = 0;
    while (jobs.length) {
      if (++guard > 100000) throw new Error("Liquefy: more than 100000 promise reactions in one message");
      const job = jobs.shift();
      if (job.length === 1) job[0]();
      else runJob(job[0], job[1], job[2]);
    }
  }

  // Rejections nobody handled by the end of a message: Node reports them.
  function takeUnhandledRejections() {
    const found = unhandled.filter((p) => !p._handled);
    unhandled = [];
    return found.map((p) => p._value);
  }

  rt.promiseFinallyValue = function (onFinally, value) {
    return LiquidPromise.resolve(onFinally()).then(() => value);
  };
  rt.promiseFinallyError = function (onFinally, reason) {
    return LiquidPromise.resolve(onFinally()).then(() => { throw reason; });
  };

  // -- combinators -----------------------------------------------------------------------
  // A join waits for several promises (a race, for the first). While its branches settle in this message
  // it is plain data; once a branch must wait in another message, the join moves
  // to Redis (effect joinCreate) and each branch reports there (joinPut), where an
  // atomic script settles the combined promise when the last one arrives.
  function combine(iterable, mode) {
    return new LiquidPromise(function (resolve, reject) {
      const items = Array.from(iterable);
      const join = new Join(mode, items.length, resolve, reject);
      if (items.length === 0) {
        if (mode === "any") reject(aggregate([]));
        else if (mode !== "race") resolve([]);  // an empty race stays pending, as in Node
        return;
      }
      items.forEach(function (item, index) {
        LiquidPromise.resolve(item).then(rt.partial(rt.joinFulfilled, join, index), rt.partial(rt.joinRejected, join, index));
      });
    });
  }

  function Join(mode, total, resolve, reject) {
    Object.assign(this, {mode: mode, total: total, left: total, resolve: resolve, reject: reject, done: false,
                         settled: {}, remote: null});
  }

  Join.prototype[rt.SER] = function () {
    if (!this.remote && !this.done) {
      this.remote = rt.newId();
      rt.emit({op: EFFECT.joinCreate, id: this.remote, mode: this.mode, total: this.total, settled: this.settled,
               resolve: this.resolve, reject: this.reject});
    }
    return {k: "join", v: {remote: this.remote, done: this.done, mode: this.mode}};
  };

  rt.handleKind("join", function (v) {
    const join = Object.create(Join.prototype);
    return Object.assign(join, {remote: v.remote, done: v.done, mode: v.mode});
  });

  function aggregate(errors) {
    return new AggregateError(errors, "All promises were rejected");
  }

  function branch(join, index, ok, value) {
    if (join.done) return;
    if (join.remote) { rt.emit({op: EFFECT.joinPut, id: join.remote, index: index, ok: ok, value: value}); return; }
    join.settled[index] = [ok, value];
    join.left -= 1;
    const values = () => Object.keys(join.settled).sort((a, b) => a - b).map((k) => join.settled[k]);
    if (join.mode === "all") {
      if (!ok) { join.done = true; join.reject(value); } else if (join.left === 0) { join.done = true; join.resolve(values().map((x) => x[1])); }
    } else if (join.mode === "allSettled") {
      if (join.left === 0) {
        join.done = true;
        join.resolve(values().map(([good, v]) => (good ? {status: "fulfilled", value: v} : {status: "rejected", reason: v})));
      }
    } else if (join.mode === "race") {
      join.done = true; (ok ? join.resolve : join.reject)(value);
    } else if (ok) {
      join.done = true; join.resolve(value);
    } else if (join.left === 0) {
      join.done = true; join.reject(aggregate(values().map((x) => x[1])));
    }
  }

  rt.joinFulfilled = function (join, index, value) { branch(join, index, true, value); };
  rt.joinRejected = function (join, index, reason) { branch(join, index, false, reason); };

  // -- async functions, split at their awaits (analyzer/asyncsplit.py) -------------------
  // Blocks of a split function settle with a completion: undefined (go on), a
  // return record, or a break/continue signal for the enclosing split loop.
  function Ret(value) { this.value = value; }
  Ret.prototype[rt.SER] = function () { return {k: "ret", v: this.value}; };
  rt.handleKind("ret", (v) => new Ret(v));
  const BREAK = {[rt.SER]: () => ({k: "signal", v: "break"})};
  const CONTINUE = {[rt.SER]: () => ({k: "signal", v: "continue"})};
  rt.handleKind("signal", (v) => (v === "break" ? BREAK : CONTINUE));
  rt.BREAK = BREAK;
  rt.CONTINUE = CONTINUE;

  rt.ret = function (value) { return new Ret(value); };
  rt.unret = function (completion) { return completion instanceof Ret ? completion.value : undefined; };
  rt.awaitv = function (value) { return LiquidPromise.resolve(value); };

  rt.block = function (body) {
    try { return LiquidPromise.resolve(body()); } catch (e) { return LiquidPromise.reject(e); }
  };
  rt.async = function (body) { return rt.block(body).then(rt.unret); };

  rt.tryBlock = function (body, onError, onFinally) {
    let p = rt.block(body);
    if (onError) p = p.then(undefined, rt.partial(rt.catchWith, onError));
    if (onFinally) p = p.then(rt.partial(rt.finallyValue, onFinally), rt.partial(rt.finallyError, onFinally));
    return p;
  };
  rt.catchWith = function (onError, error) { return onError(error); };
  // A finally block may await: its completion (a return, break or continue in it) wins,
  // else the try's own outcome goes on once it has run.
  rt.finallyValue = function (onFinally, completion) {
    return rt.block(onFinally).then(rt.partial(rt.finallyAfter, completion));
  };
  rt.finallyError = function (onFinally, error) {
    return rt.block(onFinally).then(rt.partial(rt.finallyRethrow, error));
  };
  rt.finallyAfter = function (completion, c) { return c !== undefined ? c : completion; };
  rt.finallyRethrow = function (error, c) {
    if (c !== undefined) return c;
    throw error;
  };

  rt.loop = function (test, body, update) {
    if (!test()) return undefined;
    return rt.block(body).then(rt.partial(rt.loopNext, test, body, update));
  };
  rt.loopNext = function (test, body, update, completion) {
    if (completion === BREAK) return undefined;
    if (completion !== undefined && completion !== CONTINUE) return completion;
    if (update) update();
    return rt.loop(test, body, update);
  };
  rt.doLoop = function (test, body) {  // do ... while: the body's first turn comes before any test
    return rt.block(body).then(rt.partial(rt.loopNext, test, body, null));
  };
  rt.forOf = function (items, body) { return rt.forStep(Array.from(items), body, 0); };
  rt.forStep = function (items, body, index) {
    if (index >= items.length) return undefined;
    return rt.block(() => body(items[index])).then(rt.partial(rt.forNext, items, body, index));
  };
  rt.forNext = function (items, body, index, completion) {
    if (completion === BREAK) return undefined;
    if (completion !== undefined && completion !== CONTINUE) return completion;
    return rt.forStep(items, body, index + 1);
  };

  // -- `for await`, written out as a loop (analyzer/forawait.py) ---------------------------
  // The iterator of `for await (x of items)`: the items' async iterator, or, for a sync iterable
  // (an array of promises), one that awaits each item in turn and can travel.
  rt.asyncIter = function (items, rendering) {
    const method = items[Symbol.asyncIterator];  // null and undefined throw here, as in V8
    if (method != null) {
      const iterator = method.call(items);
      if (Object(iterator) !== iterator) throw new TypeError("Result of the Symbol.asyncIterator method is not an object");
      return iterator;
    }
    if (typeof items[Symbol.iterator] !== "function") {
      throw new TypeError(rendering.endsWith("(...)") ? `${rendering} is not a function or its return value is not async iterable`
        : `${rendering} is not async iterable`);
    }
    return {values: Array.from(items), index: 0, next: rt.partial(rt.syncItemNext)};
  };
  rt.syncItemNext = function () {
    if (this.index >= this.values.length) return LiquidPromise.resolve({value: undefined, done: true});
    return LiquidPromise.resolve(this.values[this.index++]).then(rt.asyncItem);
  };
  rt.asyncItem = function (value) { return {value: value, done: false}; };
  rt.iterDone = function (result) {
    if (Object(result) !== result) throw new TypeError(`Iterator result ${result} is not an object`);
    return !!result.done;
  };
  rt.asyncClose = function (iterator) {  // a break, a return or an error leaves the loop: `return()`, awaited
    const close = iterator.return;
    return close == null ? undefined : close.call(iterator);
  };

  // -- util.promisify, with continuations that can travel -------------------------------
  rt.promisifiedCall = function (fn, ...args) {
    const self = this;
    return new LiquidPromise(function (resolve, reject) {
      fn.apply(self, args.concat([rt.partial(rt.settleFromCallback, resolve, reject)]));
    });
  };
  rt.settleFromCallback = function (resolve, reject, err, ...values) {
    if (err) reject(err);
    else resolve(values.length > 1 ? values : values[0]);
  };

  function promisify(fn) {
    if (typeof fn !== "function") {
      const e = new TypeError('The "original" argument must be of type function');
      e.code = "ERR_INVALID_ARG_TYPE";
      throw e;
    }
    if (fn[promisify.custom]) return fn[promisify.custom];
    return rt.partial(rt.promisifiedCall, fn);
  }

  // Named as Node's: `Promise.name`, stacks (`new Promise`), and a closure holding the global
  // Promise (tsc's __awaiter keeps it in `P`) travels as the global it is.
  Object.defineProperty(LiquidPromise, "name", {value: "Promise", configurable: true});
  rt.Promise = LiquidPromise;
  rt.usePromises({Promise: LiquidPromise, isLocalPending, isRemotePromise, sharePromise, ownSettled, keepPromise,
                  hasMicrotasks, drainMicrotasks, queueTask, takeUnhandledRejections});
  globalThis.Promise = LiquidPromise;
  const util = rt.require("util");
  promisify.custom = util.promisify.custom;
  util.promisify = promisify;
  rt.defineRuntimeModule("__liquefy", () => ({promiseJob: rt.promiseJob, joinFulfilled: rt.joinFulfilled,
                                              joinRejected: rt.joinRejected,
                                              promiseFinallyValue: rt.promiseFinallyValue,
                                              promiseFinallyError: rt.promiseFinallyError,
                                              ret: rt.ret, unret: rt.unret, catchWith: rt.catchWith,
                                              finallyValue: rt.finallyValue, finallyError: rt.finallyError,
                                              finallyAfter: rt.finallyAfter, finallyRethrow: rt.finallyRethrow,
                                              loopNext: rt.loopNext, forNext: rt.forNext,
                                              syncItemNext: rt.syncItemNext, asyncItem: rt.asyncItem,
                                              promisifiedCall: rt.promisifiedCall,
                                              settleFromCallback: rt.settleFromCallback}));
  rt.require("__liquefy");  // registers these functions as values that can travel
})(require("./core"));
