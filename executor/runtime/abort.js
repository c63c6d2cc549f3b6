// AbortController, AbortSignal, EventTarget, Event, CustomEvent and DOMException: Node's globals,
// for what services do with them (a controller per operation kept in module state
// and aborted by a later request, `signal.throwIfAborted()` in a retry loop,
// `AbortSignal.any`, `AbortSignal.timeout`). Their internal slots are hidden own
// fields, so that they travel as runtime classes do (rt.runtimeClass): a signal in a
// unit's state keeps its listeners, its `aborted` and its `reason`.
(function (rt) {
  "use strict";

  function hide(target, fields) {
    for (const k of Object.keys(fields)) {
      Object.defineProperty(target, k, {value: fields[k], writable: true, configurable: true, enumerable: false});
    }
  }

  const CODES = {IndexSizeError: 1, NotFoundError: 8, NotSupportedError: 9, InvalidStateError: 11, SyntaxError: 12,
                 NetworkError: 19, AbortError: 20, TimeoutError: 23, DataCloneError: 25};

  class DOMException extends Error {
    constructor(message, options) {
      super(message === undefined ? "" : String(message));
      const name = options !== null && typeof options === "object" ? options.name : options;
      hide(this, {_name: name === undefined ? "Error" : String(name)});
      if (options !== null && typeof options === "object" && "cause" in options) hide(this, {cause: options.cause});
    }
    get name() { return this._name; }
    get code() { return CODES[this._name] || 0; }
  }

  class Event {
    constructor(type, options) {
      if (arguments.length === 0) throw new TypeError('The "type" argument must be specified');
      hide(this, {_type: String(type), _target: null, _current: null, _phase: 0,
                  _cancelable: !!(options && options.cancelable), _bubbles: !!(options && options.bubbles),
                  _composed: !!(options && options.composed),
                  _defaultPrevented: false, _propagationStopped: false, _stop: false, isTrusted: false});
    }
    get type() { return this._type; }
    get target() { return this._target; }
    // as Node's: the target while its listeners run (eventPhase 2, AT_TARGET), then null (and 0, NONE)
    get currentTarget() { return this._current; }
    get srcElement() { return this._target; }
    get eventPhase() { return this._phase; }
    get bubbles() { return this._bubbles; }
    get composed() { return this._composed; }
    get cancelable() { return this._cancelable; }
    get defaultPrevented() { return this._cancelable && this._defaultPrevented; }
    get returnValue() { return !this.defaultPrevented; }
    set returnValue(value) { if (!value) this.preventDefault(); }
    composedPath() { return this._phase === 0 ? [] : [this._current]; }
    preventDefault() { this._defaultPrevented = true; }
    // As Node's: stopping the propagation only shows in `cancelBubble` (a target has no parents
    // here); stopping it immediately also skips the target's later listeners, and any listener of
    // a later dispatch of the same event.
    get cancelBubble() { return this._propagationStopped; }
    set cancelBubble(value) { if (value) this._propagationStopped = true; }
    stopPropagation() { this._propagationStopped = true; }
    stopImmediatePropagation() { this._propagationStopped = true; this._stop = true; }
  }

  // `detail`: what a CustomEvent carries.
  class CustomEvent extends Event {
    constructor(type, options) {
      super(type, options);
      hide(this, {_detail: options !== null && typeof options === "object" && options.detail !== undefined ? options.detail : null});
    }
    get detail() { return this._detail; }
  }

  // Listeners: [type, listener, once], a function or an object with handleEvent; `on<type>`
  // handlers are listeners too, in the place they were first set. A listener added with a
  // `signal` is removed when that signal aborts.
  class EventTarget {
    constructor() { hide(this, {_listeners: []}); }

    addEventListener(type, listener, options) {
      if (listener === null || listener === undefined) return;
      const given = options !== null && typeof options === "object" ? options : {};
      const once = !!given.once, signal = given.signal;
      type = String(type);
      if (signal !== undefined && !(signal instanceof AbortSignal)) {
        const e = new TypeError('The "options.signal" property must be an instance of AbortSignal.' + rt.received(signal));
        e.code = "ERR_INVALID_ARG_TYPE";
        throw e;
      }
      if ((signal && signal.aborted) || this._listeners.some(([t, l]) => t === type && l === listener)) return;
      this._listeners.push([type, listener, once]);
      if (signal) signal.addEventListener("abort", rt.partial(rt.abortRemove, this, type, listener), {once: true});
    }

    removeEventListener(type, listener) {
      type = String(type);
      const i = this._listeners.findIndex(([t, l]) => t === type && l === listener);
      if (i >= 0) this._listeners.splice(i, 1);
    }

    dispatchEvent(event) {
      if (!(event instanceof Event)) throw new TypeError('The "event" argument must be an instance of Event');
      event._target = this;
      event._current = this;
      event._phase = 2;
      try {
        for (const entry of this._listeners.filter(([t]) => t === event.type)) {
          if (event._stop) break;
          const [type, listener, once] = entry;
          if (once) this.removeEventListener(type, listener);
          if (typeof listener === "function") listener.call(this, event);
          else if (listener && typeof listener.handleEvent === "function") listener.handleEvent(event);
        }
      } finally {
        event._current = null;
        event._phase = 0;
      }
      return !event.defaultPrevented;
    }
  }

  const CREATE = Symbol("create");

  class AbortSignal extends EventTarget {
    constructor(token) {
      if (token !== CREATE) throw new TypeError("Illegal constructor");
      super();
      hide(this, {_aborted: false, _reason: undefined, _onabort: null});
    }
    get aborted() { refresh(this); return this._aborted; }
    get reason() { refresh(this); return this._reason; }
    get onabort() { return this._onabort; }
    set onabort(fn) {
      if (this._onabort) this.removeEventListener("abort", this._onabort);
      this._onabort = typeof fn === "function" ? fn : null;
      if (this._onabort) this.addEventListener("abort", this._onabort);
    }
    throwIfAborted() {
      refresh(this);
      if (this._aborted) throw this._reason;
    }

    static abort(reason) {
      const signal = new AbortSignal(CREATE);
      abortSignal(signal, reason);
      return signal;
    }

    // A timer aborts it: the timer's callback is a runtime function holding the signal, so
    // the message it posts aborts the signal with its listeners (those of AbortSignal.any's
    // signals following it, and the service's own), which settle the promises waiting on it.
    // That message has a copy of the signal, though: a copy another message holds (a handler's
    // `signal` after an await, `signal.throwIfAborted()` in a retry loop) reads its deadline
    // instead, and shows it aborted once the deadline passed (refresh): Node's timer has fired by then.
    static timeout(delay) {
      if (typeof delay !== "number") {
        const e = new TypeError('The "delay" argument must be of type number. Received ' +
                                (delay === undefined ? "undefined" : "type " + typeof delay + " (" + (typeof delay === "string" ? "'" + delay + "'" : String(delay)) + ")"));
        e.code = "ERR_INVALID_ARG_TYPE";
        throw e;
      }
      if (!Number.isInteger(delay) || delay < 0 || delay > 4294967295) {
        const e = new RangeError('The value of "delay" is out of range. It must be ' +
                                 (Number.isInteger(delay) ? ">= 0 && <= 4294967295" : "an integer") + ". Received " + String(delay));
        e.code = "ERR_OUT_OF_RANGE";
        throw e;
      }
      const signal = new AbortSignal(CREATE);
      hide(signal, {_deadline: Date.now() + delay});
      const timer = globalThis.setTimeout(rt.partial(rt.abortTimeout, signal), delay);
      if (timer && typeof timer.unref === "function") timer.unref();
      return signal;
    }

    static any(signals) {
      const signal = new AbortSignal(CREATE);
      for (const s of signals) {
        if (s.aborted) {
          abortSignal(signal, s.reason);
          return signal;
        }
      }
      for (const s of signals) s.addEventListener("abort", rt.partial(rt.abortFollow, signal, s), {once: true});
      if (signals.some((s) => s._deadline !== undefined || s._sources !== undefined)) hide(signal, {_sources: signals.slice()});
      return signal;
    }
  }

  // A copy of a timeout's signal (or of one following it) shows the abort its deadline made,
  // without its listeners: those ran in the timer's message, with the copy it holds.
  function refresh(signal) {
    if (signal._aborted) return;
    if (signal._deadline !== undefined && Date.now() >= signal._deadline) {
      hide(signal, {_aborted: true, _lazy: true,
                    _reason: new DOMException("The operation was aborted due to timeout", "TimeoutError")});
      return;
    }
    for (const s of signal._sources || []) {
      refresh(s);
      if (s._aborted) {
        hide(signal, {_aborted: true, _lazy: true, _reason: s._reason});
        return;
      }
    }
  }

  function abortSignal(signal, reason) {
    if (signal._aborted && !signal._lazy) return;
    if (signal._lazy) {  // shown aborted by its deadline: its listeners run now, with the reason it showed
      signal._lazy = false;
      signal.dispatchEvent(new Event("abort"));
      return;
    }
    signal._aborted = true;
    signal._reason = reason === undefined ? new DOMException("This operation was aborted", "AbortError") : reason;
    signal.dispatchEvent(new Event("abort"));
  }

  rt.abortFollow = function (signal, source) { abortSignal(signal, source.reason); };
  rt.abortTimeout = function (signal) {
    abortSignal(signal, new DOMException("The operation was aborted due to timeout", "TimeoutError"));
  };
  rt.abortRemove = function (target, type, listener) { target.removeEventListener(type, listener); };

  class AbortController {
    constructor() { hide(this, {_signal: new AbortSignal(CREATE)}); }
    get signal() { return this._signal; }
    abort(reason) { abortSignal(this._signal, reason); }
  }

  // util.inspect shows them as Node 20 does (lib/internal/abort_controller.js customInspect):
  // `AbortSignal { aborted: true }`, `AbortController { signal: AbortSignal { aborted: false } }`.
  function customInspect(self, obj, depth, options, inspect) {
    // past the depth Node formats the object itself, `[AbortSignal]` (its EventTarget's own symbol
    // fields are enumerable there: not a `{}` of no keys)
    if (depth < 0) {
      const name = `[${self.constructor.name}]`;
      return typeof options.stylize === "function" ? options.stylize(name, "special") : name;
    }
    const opts = Object.assign({}, options, {depth: options.depth === null ? null : options.depth - 1});
    return `${self.constructor.name} ${inspect(obj, opts)}`;
  }
  Object.defineProperty(AbortSignal.prototype, Symbol.for("nodejs.util.inspect.custom"), {
    value: function (depth, options, inspect) { return customInspect(this, {aborted: this.aborted}, depth, options, inspect); },
    writable: true, enumerable: false, configurable: true,
  });
  Object.defineProperty(AbortController.prototype, Symbol.for("nodejs.util.inspect.custom"), {
    value: function (depth, options, inspect) { return customInspect(this, {signal: this.signal}, depth, options, inspect); },
    writable: true, enumerable: false, configurable: true,
  });

  // `Object.prototype.toString.call(new Event('x'))` is "[object Event]", as Node's
  for (const [name, Ctor] of [["Event", Event], ["CustomEvent", CustomEvent], ["EventTarget", EventTarget],
                              ["AbortSignal", AbortSignal], ["AbortController", AbortController]]) {
    Object.defineProperty(Ctor.prototype, Symbol.toStringTag, {value: name, writable: false, enumerable: false, configurable: true});
  }

  for (const [name, Ctor] of [["DOMException", DOMException], ["Event", Event], ["CustomEvent", CustomEvent],
                              ["EventTarget", EventTarget], ["AbortSignal", AbortSignal],
                              ["AbortController", AbortController]]) {
    rt.runtimeClass(name, Ctor);
    Object.defineProperty(globalThis, name, {value: Ctor, writable: true, configurable: true, enumerable: false});
  }
  rt.defineRuntimeModule("__liquefy_abort", () => ({abortFollow: rt.abortFollow, abortRemove: rt.abortRemove,
                                                     abortTimeout: rt.abortTimeout}));
  rt.require("__liquefy_abort");  // registers these functions as values that can travel
})(require("./core"));
