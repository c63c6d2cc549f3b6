// node:async_hooks' AsyncLocalStorage and AsyncResource: the request context loggers and
// tracing keep (`storage.run({requestId}, next)` in a middleware, `storage.getStore()` after
// awaits, timers and Redis replies). The context is the run loop's (run.js, "the async
// context"): what the code schedules takes it along, into the messages it becomes. A store
// travels as a copy with each message, as any value a message carries: a store changed in one
// message is seen by what that message scheduled after the change, not by messages already sent.
// Not provided: createHook and the async ids (no hook sees Liquefy's messages).
(function (rt) {
  "use strict";

  function hide(target, fields) {
    for (const k of Object.keys(fields)) {
      Object.defineProperty(target, k, {value: fields[k], writable: true, configurable: true, enumerable: false});
    }
  }

  let made = 0;  // ids of storages made where no message runs (a module loaded by the node)
  function newId() {
    return rt.current() ? "als:" + rt.newId() : "als:load." + ++made;
  }

  function withStore(id, store) {
    const ctx = Object.assign({}, rt.asyncContext());
    if (store === undefined) delete ctx[id];
    else ctx[id] = store;
    return Object.keys(ctx).length ? ctx : null;
  }

  // `fn` run in `ctx`: what bind and snapshot return, a value that can travel.
  function runIn(ctx, fn, ...args) {
    return rt.inAsyncContext(ctx, fn, this, args);
  }

  class AsyncLocalStorage {
    constructor() { hide(this, {_id: newId(), _enabled: true}); }
    static bind(fn) { return rt.partial(runIn, rt.asyncContext(), fn); }
    static snapshot() {
      const ctx = rt.asyncContext();
      return rt.partial(runIn, ctx);
    }
    getStore() {
      const ctx = rt.asyncContext();
      return ctx === null || !this._enabled ? undefined : ctx[this._id];
    }
    run(store, fn, ...args) {
      this._enabled = true;
      return rt.inAsyncContext(withStore(this._id, store), fn, undefined, args);
    }
    exit(fn, ...args) { return rt.inAsyncContext(withStore(this._id, undefined), fn, undefined, args); }
    enterWith(store) {
      this._enabled = true;
      rt.enterAsyncContext(withStore(this._id, store));
    }
    disable() {
      this._enabled = false;
      rt.enterAsyncContext(withStore(this._id, undefined));
    }
  }
  rt.runtimeClass("AsyncLocalStorage", AsyncLocalStorage);

  class AsyncResource {
    constructor(type) {
      if (typeof type !== "string" || !type) {
        const e = new TypeError('The "type" argument must be of type string.');
        e.code = "ERR_INVALID_ARG_TYPE";
        throw e;
      }
      hide(this, {_type: type, _ctx: rt.asyncContext()});
    }
    static bind(fn, type, thisArg) { return new AsyncResource(type || "bound-anonymous-fn").bind(fn, thisArg); }
    runInAsyncScope(fn, thisArg, ...args) { return rt.inAsyncContext(this._ctx, fn, thisArg, args); }
    bind(fn, thisArg) {
      const bound = rt.partial(runIn, this._ctx, fn);
      return thisArg === undefined ? bound : bound.bind(thisArg);
    }
    emitDestroy() { return this; }
    asyncId() { return -1; }
    triggerAsyncId() { return -1; }
  }
  rt.runtimeClass("AsyncResource", AsyncResource);

  function notProvided(name) {
    return function () {
      const e = new Error("Liquefy: async_hooks." + name + "() is not available: no hook sees Liquefy's messages " +
                          "(AsyncLocalStorage and AsyncResource are; see docs/builtins.md)");
      e.code = "ERR_LIQUEFY_UNAVAILABLE";
      throw e;
    };
  }

  const asyncHooks = {AsyncLocalStorage, AsyncResource, createHook: notProvided("createHook"),
                      executionAsyncId: notProvided("executionAsyncId"), triggerAsyncId: notProvided("triggerAsyncId"),
                      executionAsyncResource: notProvided("executionAsyncResource")};
  rt.defineRuntimeModule("async_hooks", () => asyncHooks);
  rt.defineRuntimeModule("__liquefy_async_hooks", () => ({runIn: runIn}));
  rt.require("__liquefy_async_hooks");  // registers it as a value that can travel (what bind returns)
})(require("./core"));
