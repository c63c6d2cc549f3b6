// Hooks as tapable's are written by hand: `tap(name, fn)` with a `stage` to order taps, a sync hook,
// a bail hook (the first non-undefined answer wins), a waterfall hook (each tap gets the last one's
// value), an async series hook over `tapPromise`, and interceptors told of every call.
'use strict';

class Hook {
  constructor(args = []) {
    this.args = args;
    this.taps = [];
    this.interceptors = [];
    this.calls = 0;
  }
  tap(options, fn) {
    const { name, stage = 0 } = typeof options === 'string' ? { name: options } : options;
    const at = this.taps.findIndex((t) => t.stage > stage);
    const tap = { name, stage, fn };
    if (at === -1) this.taps.push(tap);
    else this.taps.splice(at, 0, tap);
    return this;
  }
  untap(name) {
    const before = this.taps.length;
    this.taps = this.taps.filter((t) => t.name !== name);
    return before - this.taps.length;
  }
  intercept(interceptor) {
    this.interceptors.push(interceptor);
  }
  _enter(args) {
    this.calls += 1;
    for (const i of this.interceptors) i.call?.(...args);
  }
  _tap(tap) {
    for (const i of this.interceptors) i.tap?.(tap);
  }
}

class SyncHook extends Hook {
  call(...args) {
    this._enter(args);
    for (const tap of this.taps) {
      this._tap(tap);
      tap.fn(...args);
    }
  }
}

class SyncBailHook extends Hook {
  call(...args) {
    this._enter(args);
    for (const tap of this.taps) {
      this._tap(tap);
      const result = tap.fn(...args);
      if (result !== undefined) return result;
    }
    return undefined;
  }
}

class SyncWaterfallHook extends Hook {
  call(value, ...rest) {
    this._enter([value, ...rest]);
    for (const tap of this.taps) {
      this._tap(tap);
      const next = tap.fn(value, ...rest);
      if (next !== undefined) value = next;
    }
    return value;
  }
}

class AsyncSeriesHook extends Hook {
  tapPromise(options, fn) {
    return this.tap(options, fn);
  }
  async promise(...args) {
    this._enter(args);
    for (const tap of this.taps) {
      this._tap(tap);
      await tap.fn(...args);
    }
  }
}

module.exports = { SyncHook, SyncBailHook, SyncWaterfallHook, AsyncSeriesHook };
