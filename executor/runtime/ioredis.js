// The `ioredis` module: ioredis 5/6's client (`new Redis(url)`), its commands returning
// promises or taking a Node-style callback, pipeline() and multi(). Every command is the
// runtime's Redis effect, as node-redis's are (redis.js): Python runs it under the
// project's key prefix, with the client's `keyPrefix` after it, and settles the promise.
// Kept by hand, not ioredis's own code: its client is a socket and a queue of pending
// commands (closures) that cannot travel between nodes. What it does to arguments and
// replies is reproduced from ioredis 6.1 (built/Command.js, built/utils/index.js) and
// checked against the real client (tests/services/redis-ioredis).
require("./promise");  // rt.Promise
const {EFFECT} = require("./protocol");
const {COMMANDS} = require("./ioredis_commands");
(function (rt) {
  "use strict";
  const EventEmitter = () => rt.require("events");
  // Commands Python refuses fail with Redis's error naming them; these fail at once.
  const NOT_OFFERED = ["subscribe", "psubscribe", "ssubscribe", "unsubscribe", "punsubscribe", "sunsubscribe",
                       "monitor", "defineCommand"];
  // ioredis's scan streams, offered for `for await` (below)
  const SCAN_STREAMS = {scanStream: "scan", sscanStream: "sscan", hscanStream: "hscan", zscanStream: "zscan"};
  const OWN = new Set(["quit", "multi", "exec", "discard"].concat(NOT_OFFERED, Object.keys(SCAN_STREAMS)));  // the client's own

  // redis-errors' classes, and ioredis 6's SimpleError (named ReplyError) that it rejects
  // with: outside a transaction with the command's `command` ({name, args}).
  class RedisError extends Error {
    get name() { return this.constructor.name; }
  }
  class ReplyError extends RedisError {}
  class SimpleError extends ReplyError {
    get name() { return "ReplyError"; }
  }

  function replyError(err, name, args) {
    const e = new SimpleError(err.message);
    if (name !== null) e.command = {name: name, args: args};
    return e;
  }

  // Command.js: args.flat(), then MSET/HSET's object or Map argument as pairs, then toArg.
  function pairs(value) {
    const out = [];
    if (value instanceof Map) value.forEach((v, k) => out.push(k, v));
    else for (const k of Object.keys(value)) out.push(k, value[k]);
    return out;
  }
  function toArg(arg) {
    if (arg === null || arg === undefined) return "";
    if (typeof arg === "number" && Number.isInteger(arg) && !Number.isSafeInteger(arg)) return BigInt(arg).toString();
    if (Buffer.isBuffer(arg)) return arg.toString("utf8");
    return String(arg);
  }
  function wireArguments(name, args) {
    let flat = args.flat();
    const isObject = (v) => v instanceof Map || (typeof v === "object" && v !== null);
    if ((name === "mset" || name === "msetnx") && flat.length === 1 && isObject(flat[0])) flat = pairs(flat[0]);
    if ((name === "hset" || name === "hmset") && flat.length === 2 && isObject(flat[1])) {
      flat = [flat[0]].concat(pairs(flat[1]));
    }
    return flat.map(toArg);
  }

  // The one reply ioredis shapes in RESP2: HGETALL's pairs as an object.
  function transform(name, reply) {
    if (name !== "hgetall" || !Array.isArray(reply)) return reply;
    const obj = {};
    for (let i = 0; i < reply.length; i += 2) {
      if (reply[i] in obj) {
        Object.defineProperty(obj, reply[i], {value: reply[i + 1], configurable: true, enumerable: true, writable: true});
      } else {
        obj[reply[i]] = reply[i + 1];
      }
    }
    return obj;
  }

  // A command's reply: its promise settles, and its callback, if it was given one, is
  // called as standard-as-callback calls it. With a callback, a failed command's error
  // goes to the callback only (its promise stays pending instead of rejecting unheard).
  rt.ioredisReply = function (name, args, resolve, reject, cb, err, reply) {
    if (err) {
      const e = replyError(err, name, err.args !== undefined ? err.args : args);  // with the client's keyPrefix
      if (typeof cb === "function") cb(e); else reject(e);
      return;
    }
    const value = transform(name, reply);
    resolve(value);
    if (typeof cb === "function") cb(null, value);
  };

  // A pipeline's (and a transaction's) result: [null, reply] or [error] per command; each
  // command's own callback gets its pair.
  rt.ioredisPipelineReply = function (calls, cbs, transaction, resolve, reject, cb, err, replies) {
    if (err) {
      const e = replyError(err, "exec", []);
      if (typeof cb === "function") cb(e); else reject(e);
      return;
    }
    const results = replies.map(function (reply, i) {
      if (reply instanceof Error) {
        return [replyError(reply, transaction ? null : calls[i][0], reply.args !== undefined ? reply.args : calls[i][1])];
      }
      return [null, transform(calls[i][0], reply)];
    });
    results.forEach(function (pair, i) {
      if (typeof cbs[i] === "function") cbs[i](pair[0], pair[1]);
    });
    resolve(results);
    if (typeof cb === "function") cb(null, results);
  };

  function send(client, name, args, cb) {
    const wire = wireArguments(name, args);
    return new rt.Promise(function (resolve, reject) {
      rt.emit({op: EFFECT.redis, cmd: name, args: wire, raw: true, kp: client.options.keyPrefix || undefined,
               cb: rt.partial(rt.ioredisReply, name, wire, resolve, reject, cb)});
    });
  }

  function splitCallback(args) {
    return typeof args[args.length - 1] === "function" ? [args.slice(0, -1), args[args.length - 1]] : [args, undefined];
  }

  function notOffered(name) {
    return new Error("Liquefy: ioredis's " + name + "() is not available to services (blocking, scripting, " +
                     "pub/sub, server and cluster commands are not: see docs/executor.md)");
  }

  function Pipeline(client, transaction, initial) {
    const queue = [];
    const pipeline = {};
    for (const name of COMMANDS.filter((c) => !OWN.has(c))) {
      pipeline[name] = function (...given) {
        const [args, cb] = splitCallback(given);
        queue.push([name, wireArguments(name, args), cb]);
        return pipeline;
      };
    }
    for (const c of initial || []) pipeline[String(c[0]).toLowerCase()].apply(null, c.slice(1));
    Object.defineProperty(pipeline, "length", {get: () => queue.length});
    pipeline.exec = function (cb) {
      const calls = queue.map((q) => [q[0], q[1]]);
      return new rt.Promise(function (resolve, reject) {
        rt.emit({op: EFFECT.redis, cmd: "multi", raw: true, args: calls, kp: client.options.keyPrefix || undefined,
                 cb: rt.partial(rt.ioredisPipelineReply, calls, queue.map((q) => q[2]), transaction, resolve, reject,
                                cb)});
      });
    };
    pipeline.transaction = transaction;
    return pipeline;
  }

  // ioredis's scanStream(options), sscanStream/hscanStream/zscanStream(key, options): a Readable in object
  // mode whose chunks are the replies' arrays (keys; members; field, value, ...; member, score, ...), one per
  // SCAN from cursor "0" until it is "0" again, with MATCH, TYPE, COUNT and NOVALUES as its _read sends them.
  // Here it is what `for await` asks of it: a plain object whose `next` is a partial (so that it travels in
  // the continuations of a `for await` written out as a loop, as node-redis 4's scan iterators do, redis.js):
  // its first `next()` runs the scans one after the other into a list of chunks, each `next()` then gives
  // one chunk. Its listeners (below) are kept in it; pipe(), pause(), resume() and read() are not offered.
  function scanStream(client, name, args) {
    const command = SCAN_STREAMS[name];
    const keyed = command !== "scan";
    const opts = Object.assign({}, (keyed ? args[1] : args[0]) || {});
    const stream = {client: client, command: command, key: keyed ? args[0] : null, opts: opts,
                    chunks: null, index: 0, done: false, readableObjectMode: true,
                    next: rt.partial(rt.ioredisScanNext), return: rt.partial(rt.ioredisScanReturn)};
    stream.listeners = {data: [], end: [], error: [], close: []};
    stream.flowing = false;
    stream.on = stream.addListener = stream.once = rt.partial(rt.ioredisScanOn);
    for (const event of ["pipe", "pause", "resume", "read"]) {
      stream[event] = rt.partial(rt.ioredisScanRefused, event);
    }
    Object.defineProperty(stream, Symbol.asyncIterator, {value: rt.partial(rt.ioredisScanSelf), configurable: true});
    return stream;
  }

  function scanCall(it, cursor) {
    const args = [cursor];
    if (it.key !== null) args.unshift(it.key);
    if (it.opts.match) args.push("MATCH", it.opts.match);
    if (it.opts.type) args.push("TYPE", it.opts.type);
    if (it.opts.count) args.push("COUNT", String(it.opts.count));
    if (it.opts.noValues) args.push("NOVALUES");
    return send(it.client, it.command, args, undefined);
  }

  rt.ioredisScanNext = function () {
    if (this.done) return rt.Promise.resolve({value: undefined, done: true});
    if (this.chunks === null) {
      const it = {client: this.client, command: this.command, key: this.key, opts: this.opts};
      this.chunks = scanCall(it, "0").then(rt.partial(rt.ioredisScanCollect, it, []));
    }
    return this.chunks.then(rt.partial(rt.ioredisScanPick, this.index++));
  };
  rt.ioredisScanCollect = function (it, found, reply) {
    const all = found.concat([reply[1]]);
    const cursor = String(reply[0]);
    return cursor === "0" ? all : scanCall(it, cursor).then(rt.partial(rt.ioredisScanCollect, it, all));
  };
  rt.ioredisScanSelf = function () { return this; };
  rt.ioredisScanPick = function (index, chunks) {
    return index < chunks.length ? {value: chunks[index], done: false} : {value: undefined, done: true};
  };
  rt.ioredisScanReturn = function (value) {
    this.done = true;
    return rt.Promise.resolve({value: value, done: true});
  };
  // stream.on('data' | 'end' | 'error' | 'close', listener): the first 'data' listener starts the scans (flowing
  // mode), each reply's chunk given to the 'data' listeners, then 'end' and 'close' after the last.
  rt.ioredisScanOn = function (event, listener) {
    if (!(event in this.listeners)) rt.ioredisScanRefused("on('" + String(event) + "')");
    this.listeners[event].push(listener);
    if (event === "data" && !this.flowing && this.chunks === null) {
      this.flowing = true;
      const it = {client: this.client, command: this.command, key: this.key, opts: this.opts};
      scanCall(it, "0").then(rt.partial(rt.ioredisScanFlow, this, it), rt.partial(rt.ioredisScanFailed, this));
    }
    return this;
  };
  rt.ioredisScanFlow = function (stream, it, reply) {
    for (const fn of stream.listeners.data.slice()) fn.call(stream, reply[1]);
    const cursor = String(reply[0]);
    if (cursor !== "0") {
      scanCall(it, cursor).then(rt.partial(rt.ioredisScanFlow, stream, it), rt.partial(rt.ioredisScanFailed, stream));
      return;
    }
    for (const fn of stream.listeners.end.slice()) fn.call(stream);
    for (const fn of stream.listeners.close.slice()) fn.call(stream);
  };
  rt.ioredisScanFailed = function (stream, err) {
    for (const fn of stream.listeners.error.slice()) fn.call(stream, err);
    for (const fn of stream.listeners.close.slice()) fn.call(stream);
  };
  rt.ioredisScanRefused = function (method) {
    throw new Error("Liquefy: ioredis's scan streams are offered to `for await` only; their " + method +
                    "() is not available (see docs/executor.md)");
  };

  let clients = 0;

  function options(args) {
    const out = {};
    for (const a of args) {
      if (typeof a === "string") out[/^\d+$/.test(a) ? "port" : /^[a-z+]+:\/\//.test(a) ? "url" : "host"] = a;
      else if (typeof a === "number") out.port = a;
      else if (a !== null && typeof a === "object") Object.assign(out, a);
    }
    return out;
  }

  function Client(opts, id) {
    const self = new (EventEmitter())();
    self._clientId = id || ++clients;
    self.options = opts;
    self.status = "ready";
    for (const name of COMMANDS) {
      if (!OWN.has(name)) self[name] = (...given) => send(self, name, ...splitCallback(given));
    }
    for (const name of NOT_OFFERED) self[name] = () => { throw notOffered(name); };
    for (const name of Object.keys(SCAN_STREAMS)) self[name] = (...args) => scanStream(self, name, args);
    self.call = self.send_command = (name, ...given) => {
      const [args, cb] = splitCallback(given);
      return send(self, String(name).toLowerCase(), args, cb);
    };
    self.pipeline = (commands) => Pipeline(self, false, commands);
    self.multi = (commands) => Pipeline(self, true, Array.isArray(commands) ? commands : []);
    self.connect = (cb) => {
      if (typeof cb === "function") rt.post(cb, [null], {via: "ioredis.connect"});
      return rt.Promise.resolve(undefined);
    };
    self.quit = (cb) => {
      self.status = "end";
      if (typeof cb === "function") rt.post(cb, [null, "OK"], {via: "ioredis.quit"});
      return rt.Promise.resolve("OK");
    };
    self.disconnect = () => { self.status = "end"; };
    self.duplicate = (override) => Client(Object.assign({}, self.options, override || {}));
    for (const name of Object.keys(self)) {
      if (typeof self[name] === "function") {
        const fn = self[name];
        fn[rt.SER] = () => ({k: "ioredisMethod", v: {client: self, name: name}});
      }
    }
    self[rt.SER] = () => ({k: "ioredisClient", v: {options: self.options, id: self._clientId}});
    return self;
  }

  rt.handleKind("ioredisClient", (v) => Client(v.options, v.id));
  rt.handleKind("ioredisMethod", (v) => v.client[v.name]);

  // What ioredis's constructor does once connected: 'connect' then 'ready', after the
  // code that made the client has had the chance to listen.
  function Redis(...args) {
    if (!new.target) throw new TypeError("Class constructor Redis cannot be invoked without 'new'");
    const client = Client(options(args));
    process.nextTick(() => { client.emit("connect"); client.emit("ready"); });
    return client;
  }

  rt.defineRuntimeModule("__liquefy_ioredis", () => ({ioredisReply: rt.ioredisReply,
                                                      ioredisPipelineReply: rt.ioredisPipelineReply,
                                                      ioredisScanNext: rt.ioredisScanNext, ioredisScanReturn: rt.ioredisScanReturn,
                                                      ioredisScanCollect: rt.ioredisScanCollect, ioredisScanSelf: rt.ioredisScanSelf,
                                                      ioredisScanPick: rt.ioredisScanPick, ioredisScanRefused: rt.ioredisScanRefused,
                                                      ioredisScanOn: rt.ioredisScanOn, ioredisScanFlow: rt.ioredisScanFlow,
                                                      ioredisScanFailed: rt.ioredisScanFailed}));
  rt.require("__liquefy_ioredis");

  rt.defineRuntimeModule("ioredis", function () {
    Redis.default = Redis;
    Redis.Redis = Redis;
    Redis.ReplyError = ReplyError;
    Redis.Cluster = function () { throw notOffered("Cluster"); };
    return Redis;
  });
})(require("./core"));
