'use strict';
// node:events — EventEmitter as Node.js v20 has it (lib/events.js, MIT
// licence): same fields (so inspect shows the same thing), same ordering of
// 'newListener' / 'removeListener', same errors.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_UNHANDLED_ERROR },
  validateBoolean, validateFunction, validateInteger, validateNumber,
} = require('internal/errors');

const kRejection = Symbol.for('nodejs.rejection');
const kCapture = Symbol('kCapture');
const kErrorMonitor = Symbol('events.errorMonitor');
const kShapeMode = Symbol('shapeMode');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');

let inspect;
function lazyInspect(value, options) {
  if (inspect === undefined) inspect = require('internal/inspect').inspect;
  return inspect(value, options);
}

function nextTick(fn, ...args) {
  const proc = globalThis.process;
  if (proc && typeof proc.nextTick === 'function') proc.nextTick(fn, ...args);
  else Promise.resolve().then(() => fn(...args));
}

function emitWarning(warning) {
  const proc = globalThis.process;
  if (proc && typeof proc.emitWarning === 'function') {
    proc.emitWarning(warning);
  } else if (globalThis.console && typeof globalThis.console.error === 'function') {
    const pid = (proc && proc.pid) || 1;
    globalThis.console.error(`(node:${pid}) ${warning.name}: ${warning.message}`);
  }
}

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}
module.exports = EventEmitter;
module.exports.addAbortListener = addAbortListener;
module.exports.once = once;
module.exports.on = on;
module.exports.getEventListeners = getEventListeners;
module.exports.getMaxListeners = getMaxListeners;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejectionSymbol = kRejection;
Object.defineProperty(EventEmitter, 'captureRejections', {
  get() {
    return EventEmitter.prototype[kCapture];
  },
  set(value) {
    validateBoolean(value, 'EventEmitter.captureRejections');
    EventEmitter.prototype[kCapture] = value;
  },
  enumerable: true,
});
EventEmitter.errorMonitor = kErrorMonitor;

Object.defineProperty(EventEmitter.prototype, kCapture, { value: false, writable: true, enumerable: false });
EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

let defaultMaxListeners = 10;

function checkListener(listener) {
  validateFunction(listener, 'listener');
}

Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  enumerable: true,
  get() {
    return defaultMaxListeners;
  },
  set(arg) {
    validateNumber(arg, 'defaultMaxListeners', 0);
    defaultMaxListeners = arg;
  },
});

Object.defineProperties(EventEmitter, {
  kMaxEventTargetListeners: { value: kMaxEventTargetListeners, enumerable: false },
  kMaxEventTargetListenersWarned: { value: kMaxEventTargetListenersWarned, enumerable: false },
});

function hasEventListener(self, type) {
  if (type === undefined) return self._events !== undefined;
  return self._events !== undefined && self._events[type] !== undefined;
}

EventEmitter.setMaxListeners = function (n = defaultMaxListeners, ...eventTargets) {
  validateNumber(n, 'setMaxListeners', 0);
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
  } else {
    for (const target of eventTargets) {
      if (target && typeof target.setMaxListeners === 'function') {
        target.setMaxListeners(n);
      } else if (target && typeof target.addEventListener === 'function') {
        target[kMaxEventTargetListeners] = n;
        target[kMaxEventTargetListenersWarned] = false;
      } else {
        throw new ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], target);
      }
    }
  }
};

EventEmitter.init = function (opts) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts?.captureRejections) {
    validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};

function addCatch(that, promise, type, args) {
  if (!that[kCapture]) return;
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      then.call(promise, undefined, (err) => {
        nextTick(emitUnhandledRejectionOrErr, that, err, type, args);
      });
    }
  } catch (err) {
    that.emit('error', err);
  }
}

function emitUnhandledRejectionOrErr(ee, err, type, args) {
  if (typeof ee[kRejection] === 'function') {
    ee[kRejection](err, type, ...args);
  } else {
    const prev = ee[kCapture];
    try {
      ee[kCapture] = false;
      ee.emit('error', err);
    } finally {
      ee[kCapture] = prev;
    }
  }
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

function _getMaxListeners(that) {
  if (that._maxListeners === undefined) return EventEmitter.defaultMaxListeners;
  return that._maxListeners;
}

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return _getMaxListeners(this);
};

EventEmitter.prototype.emit = function emit(type, ...args) {
  let doError = (type === 'error');
  const events = this._events;
  if (events !== undefined) {
    if (doError && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
    doError = (doError && events.error === undefined);
  } else if (!doError) {
    return false;
  }

  if (doError) {
    let er;
    if (args.length > 0) er = args[0];
    if (er instanceof Error) {
      throw er; // Unhandled 'error' event
    }
    let stringifiedEr;
    try {
      stringifiedEr = lazyInspect(er);
    } catch {
      stringifiedEr = er;
    }
    const err = new ERR_UNHANDLED_ERROR(stringifiedEr);
    err.context = er;
    throw err; // Unhandled 'error' event
  }

  const handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    const result = handler.apply(this, args);
    if (result !== undefined && result !== null) addCatch(this, result, type, args);
  } else {
    const len = handler.length;
    const listeners = arrayClone(handler);
    for (let i = 0; i < len; ++i) {
      const result = listeners[i].apply(this, args);
      if (result !== undefined && result !== null) addCatch(this, result, type, args);
    }
  }
  return true;
};

function _addListener(target, type, listener, prepend) {
  let m;
  let events;
  let existing;
  checkListener(listener);
  events = target._events;
  if (events === undefined) {
    events = target._events = { __proto__: null };
    target._eventsCount = 0;
  } else {
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ?? listener);
      events = target._events;
    }
    existing = events[type];
  }

  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
  } else {
    if (typeof existing === 'function') {
      existing = events[type] = prepend ? [listener, existing] : [existing, listener];
    } else if (prepend) {
      existing.unshift(listener);
    } else {
      existing.push(listener);
    }
    m = _getMaxListeners(target);
    if (m > 0 && existing.length > m && !existing.warned) {
      existing.warned = true;
      const w = new Error(
        `Possible EventEmitter memory leak detected. ${existing.length} ${String(type)} listeners ` +
        `added to ${lazyInspect(target, { depth: -1 })}. MaxListeners is ${m}. ` +
        'Use emitter.setMaxListeners() to increase limit');
      w.name = 'MaxListenersExceededWarning';
      w.emitter = target;
      w.type = type;
      w.count = existing.length;
      emitWarning(w);
    }
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return _addListener(this, type, listener, false);
};

EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return _addListener(this, type, listener, true);
};

function onceWrapper() {
  if (!this.fired) {
    this.target.removeListener(this.type, this.wrapFn);
    this.fired = true;
    if (arguments.length === 0) return this.listener.call(this.target);
    return this.listener.apply(this.target, arguments);
  }
  return undefined;
}

function _onceWrap(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, _onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, _onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  checkListener(listener);
  if (!hasEventListener(this, type)) return this;
  const events = this._events;
  const list = events[type];
  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;
    if (this[kShapeMode]) {
      events[type] = undefined;
    } else if (this._eventsCount === 0) {
      this._events = { __proto__: null };
    } else {
      delete events[type];
      if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
    }
  } else if (typeof list !== 'function') {
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;
    if (position === 0) list.shift();
    else list.splice(position, 1);
    if (list.length === 1) events[type] = list[0];
    if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  }
  return this;
};

EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  if (!hasEventListener(this)) return this;
  const events = this._events;
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = { __proto__: null };
      else delete events[type];
    }
    this[kShapeMode] = false;
    return this;
  }
  if (arguments.length === 0) {
    for (const key of Reflect.ownKeys(events)) {
      if (key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }
  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

function _listeners(target, type, unwrap) {
  if (!hasEventListener(target, type)) return [];
  const evlistener = target._events[type];
  if (typeof evlistener === 'function') return unwrap ? [evlistener.listener || evlistener] : [evlistener];
  return unwrap ? unwrapListeners(evlistener) : arrayClone(evlistener);
}

EventEmitter.prototype.listeners = function listeners(type) {
  return _listeners(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return _listeners(this, type, false);
};

EventEmitter.listenerCount = function (emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return listenerCount.call(emitter, type);
};

EventEmitter.prototype.listenerCount = listenerCount;

function listenerCount(type, listener) {
  const events = this._events;
  if (events !== undefined) {
    const evlistener = events[type];
    if (typeof evlistener === 'function') {
      if (listener != null) return listener === evlistener || listener === evlistener.listener ? 1 : 0;
      return 1;
    } else if (evlistener !== undefined) {
      if (listener != null) {
        let matching = 0;
        for (let i = 0, l = evlistener.length; i < l; i++) {
          if (evlistener[i] === listener || evlistener[i].listener === listener) matching++;
        }
        return matching;
      }
      return evlistener.length;
    }
  }
  return 0;
}

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

function arrayClone(arr) {
  return arr.slice();
}

function unwrapListeners(arr) {
  const ret = arrayClone(arr);
  for (let i = 0; i < ret.length; ++i) {
    const orig = ret[i].listener;
    if (typeof orig === 'function') ret[i] = orig;
  }
  return ret;
}

function getEventListeners(emitterOrTarget, type) {
  if (emitterOrTarget && typeof emitterOrTarget.listeners === 'function') {
    return emitterOrTarget.listeners(type);
  }
  // the runtime's EventTarget (runtime/abort.js) keeps [type, listener, once] entries
  if (typeof EventTarget === 'function' && emitterOrTarget instanceof EventTarget && Array.isArray(emitterOrTarget._listeners)) {
    return emitterOrTarget._listeners.filter((entry) => entry[0] === String(type)).map((entry) => entry[1]);
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') return _getMaxListeners(emitterOrTarget);
  if (emitterOrTarget?.[kMaxEventTargetListeners]) return emitterOrTarget[kMaxEventTargetListeners];
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

// ---- promise and async-iterator helpers -------------------------------------

// Node's AbortError: an Error named 'AbortError' with code ABORT_ERR.
class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

function abortError(signal) {
  return new AbortError(undefined, { cause: signal?.reason });
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

function eventTargetAgnosticRemoveListener(emitter, name, listener, flags) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener, flags);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function eventTargetAgnosticAddListener(emitter, name, listener, flags) {
  if (typeof emitter.on === 'function') {
    if (flags?.once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, flags);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

// Node's once is an async function whose listeners are closures. Here its promise is the
// global Promise and its listeners are functions of this module bound to one record of
// the wait, so that the runtime can carry them to a later message (an emit from a timer);
// each removes the others, as Node's do.
function once(emitter, name, options = {}) {
  const signal = options?.signal;
  try {
    validateAbortSignal(signal, 'options.signal');
    if (signal?.aborted) throw abortError(signal);
  } catch (err) {
    return Promise.reject(err);
  }
  return new Promise((resolve, reject) => {
    const wait = { emitter, name, signal, resolve, reject };
    wait.resolver = onceResolved.bind(undefined, wait);
    eventTargetAgnosticAddListener(emitter, name, wait.resolver, { once: true });
    if (name !== 'error' && typeof emitter.once === 'function') {
      wait.errorListener = onceFailed.bind(undefined, wait);
      emitter.once('error', wait.errorListener);
    }
    if (signal != null) {
      wait.abortListener = onceAborted.bind(undefined, wait);
      eventTargetAgnosticAddListener(signal, 'abort', wait.abortListener, { once: true });
    }
  });
}

function onceResolved(wait, ...args) {
  if (wait.errorListener) wait.emitter.removeListener('error', wait.errorListener);
  if (wait.signal != null) eventTargetAgnosticRemoveListener(wait.signal, 'abort', wait.abortListener);
  wait.resolve(args);
}

function onceFailed(wait, err) {
  wait.emitter.removeListener(wait.name, wait.resolver);
  if (wait.signal != null) eventTargetAgnosticRemoveListener(wait.signal, 'abort', wait.abortListener);
  wait.reject(err);
}

function onceAborted(wait) {
  eventTargetAgnosticRemoveListener(wait.emitter, wait.name, wait.resolver);
  if (wait.errorListener) eventTargetAgnosticRemoveListener(wait.emitter, 'error', wait.errorListener);
  wait.reject(abortError(wait.signal));
}

// reachable as events.once.<name>: values the runtime can carry (core.js, registerRuntimeValue)
for (const fn of [onceResolved, onceFailed, onceAborted]) Object.defineProperty(once, fn.name, { value: fn });

const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

// As Node's on(), but its queue is one record and the iterator's methods and the
// listeners are functions of this module bound to it, so that the runtime can carry a
// `for await` over it to a later message (an emit from a timer).
function on(emitter, event, options = {}) {
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw abortError(signal);
  const highWatermark = options.highWaterMark ?? options.highWatermark ?? Number.MAX_SAFE_INTEGER;
  validateInteger(highWatermark, 'options.highWaterMark', 1);
  const lowWatermark = options.lowWaterMark ?? options.lowWatermark ?? 1;
  validateInteger(lowWatermark, 'options.lowWaterMark', 1);

  const queue = {
    emitter, signal, highWatermark, lowWatermark, unconsumedEvents: [], unconsumedPromises: [],
    paused: false, error: null, finished: false, added: [],
  };
  const iterator = Object.setPrototypeOf({
    next: iteratorNext.bind(undefined, queue),
    return: onClose.bind(undefined, queue),
    throw: iteratorThrow.bind(undefined, queue),
    [Symbol.asyncIterator]: iteratorSelf.bind(undefined, queue),
  }, AsyncIteratorPrototype);
  queue.iterator = iterator;

  const listen = (name, fn) => {
    eventTargetAgnosticAddListener(emitter, name, fn);
    queue.added.push([name, fn]);
  };
  listen(event, onEvent.bind(undefined, queue));
  if (event !== 'error' && typeof emitter.on === 'function') listen('error', onError.bind(undefined, queue));
  const closeEvents = options?.close;
  if (closeEvents?.length) for (const name of closeEvents) listen(name, onClose.bind(undefined, queue));
  if (signal) {
    queue.abortListener = onAbort.bind(undefined, queue);
    eventTargetAgnosticAddListener(signal, 'abort', queue.abortListener, { once: true });
  }
  return iterator;
}

function iteratorNext(queue) {
  if (queue.unconsumedEvents.length) {
    const value = queue.unconsumedEvents.shift();
    if (queue.paused && queue.unconsumedEvents.length < queue.lowWatermark) {
      queue.emitter.resume();
      queue.paused = false;
    }
    return Promise.resolve({ value, done: false });
  }
  if (queue.error) {
    const p = Promise.reject(queue.error);
    queue.error = null;
    return p;
  }
  if (queue.finished) return onClose(queue);
  return new Promise((resolve, reject) => queue.unconsumedPromises.push({ resolve, reject }));
}

function iteratorThrow(queue, err) {
  if (!err || !(err instanceof Error)) {
    throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
  }
  onError(queue, err);
}

function iteratorSelf(queue) {
  return queue.iterator;
}

function onAbort(queue) {
  onError(queue, abortError(queue.signal));
}

function onEvent(queue, ...value) {
  if (queue.unconsumedPromises.length === 0) {
    queue.unconsumedEvents.push(value);
    if (!queue.paused && queue.unconsumedEvents.length > queue.highWatermark && typeof queue.emitter.pause === 'function') {
      queue.paused = true;
      queue.emitter.pause();
    }
  } else {
    queue.unconsumedPromises.shift().resolve({ value, done: false });
  }
}

function onError(queue, err) {
  if (queue.unconsumedPromises.length) queue.unconsumedPromises.shift().reject(err);
  else queue.error = err;
  onClose(queue);
}

function onClose(queue) {
  for (const [name, fn] of queue.added) eventTargetAgnosticRemoveListener(queue.emitter, name, fn);
  queue.added.length = 0;
  if (queue.signal) eventTargetAgnosticRemoveListener(queue.signal, 'abort', queue.abortListener);
  queue.finished = true;
  const doneResult = { value: undefined, done: true };
  while (queue.unconsumedPromises.length) queue.unconsumedPromises.shift().resolve(doneResult);
  return Promise.resolve(doneResult);
}

for (const fn of [iteratorNext, iteratorThrow, iteratorSelf, onAbort, onEvent, onError, onClose]) {
  Object.defineProperty(on, fn.name, { value: fn });
}

function addAbortListener(signal, listener) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');
  let removeEventListener;
  if (signal.aborted) {
    Promise.resolve().then(() => listener());
  } else {
    signal.addEventListener('abort', listener, { once: true });
    removeEventListener = () => signal.removeEventListener('abort', listener);
  }
  return {
    [Symbol.dispose || Symbol.for('nodejs.dispose')]() {
      removeEventListener?.();
    },
  };
}

