// The `redis` module: node-redis 3's callback API, and node-redis 4's promise API
// once `client.connect()` is called (v4 requires it; v3 has no such method).
// Every command is an effect: Python runs it against the real Redis, under the
// project's key prefix, and posts the callback with (err, reply), or settles the
// promise, as node-redis would. node-redis 4's own command definitions
// (redis4_commands.js) turn the arguments into Redis's and Redis's reply into v4's.
require("./redis4_commands");  // rt.redis4, rt.redis3
require("./promise");  // rt.Promise
const {EFFECT} = require("./protocol");
(function (rt) {
  "use strict";
  const EventEmitter = () => rt.require("events");
  const R4 = rt.redis4;

  function flatten(args, cmd) {
    const out = [];
    for (const a of args) {
      if (Array.isArray(a)) out.push.apply(out, flatten(a, cmd));
      else if (a !== null && typeof a === "object" && !Buffer.isBuffer(a) && (cmd === "hmset" || cmd === "hset" || cmd === "mset")) {
        for (const k of Object.keys(a)) { out.push(k); out.push(String(a[k])); }
      } else if (Buffer.isBuffer(a)) out.push(a.toString("utf8"));
      else out.push(String(a));
    }
    return out;
  }

  // -- node-redis 4 ------------------------------------------------------------------
  class ErrorReply extends Error {
    constructor(message) {
      super(message);
      this.stack = undefined;
    }
  }
  rt.runtimeClass("ErrorReply", ErrorReply);

  class MultiErrorReply extends ErrorReply {
    constructor(replies, errorIndexes) {
      super(`${errorIndexes.length} commands failed, see .replies and .errorIndexes for more information`);
      this.replies = replies;
      this.errorIndexes = errorIndexes;
    }
  }
  rt.runtimeClass("MultiErrorReply", MultiErrorReply);

  // Redis's arguments for a v4 call, as node-redis 4 makes and checks them.
  function v4Arguments(method, args) {
    const redisArgs = R4.command(method).transformArguments(...args);
    for (const a of redisArgs) {
      if (typeof a !== "string" && !Buffer.isBuffer(a)) throw new TypeError("Invalid argument type");
    }
    const wire = redisArgs.map((a) => (typeof a === "string" ? a : a.toString("utf8")));
    return {cmd: wire[0].toLowerCase(), args: wire.slice(1), preserve: redisArgs.preserve};
  }

  function v4Transform(method, preserve, reply) {
    const command = R4.command(method);
    return command.transformReply ? command.transformReply(reply, preserve) : reply;
  }

  rt.redisV4Reply = function (method, preserve, resolve, reject, err, reply) {
    if (err) { reject(new ErrorReply(err.message)); return; }
    let value;
    try { value = method === null ? reply : v4Transform(method, preserve, reply); } catch (e) { reject(e); return; }
    resolve(value);
  };

  rt.redisV4MultiReply = function (calls, resolve, reject, err, replies) {
    if (err) { reject(new ErrorReply(err.message)); return; }
    const errorIndexes = [];
    const out = replies.map(function (reply, i) {
      if (reply instanceof Error) { errorIndexes.push(i); return new ErrorReply(reply.message); }
      return v4Transform(calls[i][0], calls[i][1], reply);
    });
    if (errorIndexes.length) reject(new MultiErrorReply(out, errorIndexes));
    else resolve(out);
  };

  // node-redis 4's commands run asynchronously: an argument it refuses rejects the promise.
  function v4Call(method, args) {
    return new rt.Promise(function (resolve, reject) {
      const call = v4Arguments(method, args);
      rt.emit({op: EFFECT.redis, cmd: call.cmd, args: call.args, raw: true,
               cb: rt.partial(rt.redisV4Reply, method, call.preserve === undefined ? null : call.preserve,
                              resolve, reject)});
    });
  }

  function notOffered(method) {
    return new Error("Liquefy: node-redis 4's " + method + "() is not available to services " +
                     "(blocking, scripting, pub/sub, server and cluster commands are not: see docs/executor.md)");
  }

  // node-redis 4's scan iterators (`async *scanIterator(options)`: SCAN from cursor 0 until it is 0 again,
  // yielding each key; hScanIterator's {field, value} tuples, sScanIterator's and zScanIterator's members).
  // Here an iterator is a plain object whose `next` is a partial, so that it travels in the continuations
  // of a `for await` written out as a loop (analyzer/forawait.py): its first `next()` runs the scans one
  // after the other (each reply's continuation a partial too) into one list, each `next()` then picks its
  // item from that list. The items come in the order the scans gave them, as node-redis yields them.
  const SCAN_ITERATORS = {scanIterator: ["scan", "keys", false], hScanIterator: ["hScan", "tuples", true],
                          sScanIterator: ["sScan", "members", true], zScanIterator: ["zScan", "members", true]};

  function scanIterator(name, args) {
    const [method, field, keyed] = SCAN_ITERATORS[name];
    const iterator = {method: method, field: field, key: keyed ? args[0] : null, options: keyed ? args[1] : args[0],
                      items: null, index: 0, done: false,
                      next: rt.partial(rt.redisScanNext), return: rt.partial(rt.redisScanReturn)};
    Object.defineProperty(iterator, Symbol.asyncIterator, {value: rt.partial(rt.redisScanSelf), configurable: true});
    return iterator;
  }

  function scanCall(it, cursor) {
    return v4Call(it.method, it.key === null ? [cursor, it.options] : [it.key, cursor, it.options]);
  }

  rt.redisScanNext = function () {
    if (this.done) return rt.Promise.resolve({value: undefined, done: true});
    if (this.items === null) {
      const it = {method: this.method, field: this.field, key: this.key, options: this.options};
      this.items = scanCall(it, 0).then(rt.partial(rt.redisScanCollect, it, []));
    }
    return this.items.then(rt.partial(rt.redisScanPick, this.index++));
  };
  rt.redisScanCollect = function (it, found, reply) {
    const all = found.concat(reply[it.field]);
    return reply.cursor === 0 ? all : scanCall(it, reply.cursor).then(rt.partial(rt.redisScanCollect, it, all));
  };
  rt.redisScanSelf = function () { return this; };
  rt.redisScanPick = function (index, items) {
    return index < items.length ? {value: items[index], done: false} : {value: undefined, done: true};
  };
  rt.redisScanReturn = function (value) {
    this.done = true;
    return rt.Promise.resolve({value: value, done: true});
  };

  const V4_REFUSED = R4.refused.concat(["hScanNoValuesIterator", "executeIsolated", "subscribe", "pSubscribe", "sSubscribe", "unsubscribe", "pUnsubscribe",
    "sUnsubscribe", "watch", "unwatch", "select", "functionsExecuter", "scriptsExecuter"]);

  function v4Multi(client) {
    const queue = [];
    const multi = {};
    for (const method of R4.methods) {
      multi[method] = function (...args) {
        const call = v4Arguments(method, args);  // node-redis 4 throws here, at once
        queue.push([method, call]);
        return multi;
      };
    }
    multi.addCommand = function (args) {
      queue.push([null, {cmd: String(args[0]).toLowerCase(), args: args.slice(1).map(String)}]);
      return multi;
    };
    multi.exec = multi.EXEC = function () {
      return new rt.Promise(function (resolve, reject) {
        rt.emit({op: EFFECT.redis, cmd: "multi", raw: true, args: queue.map((q) => [q[1].cmd, q[1].args]),
                 cb: rt.partial(rt.redisV4MultiReply, queue.map((q) => [q[0], q[1].preserve === undefined ? null : q[1].preserve]),
                                resolve, reject)});
      });
    };
    multi.execAsPipeline = multi.exec;
    return multi;
  }

  // -- node-redis 3 ------------------------------------------------------------------
  // Its errors (redis-errors): Python sends a failed command's error as a ReplyError.
  class RedisError extends Error {
    get name() { return this.constructor.name; }
  }
  class ReplyError extends RedisError {}
  rt.errorClass(ReplyError);
  const V3_COMMANDS = rt.redis3.offered.concat(rt.redis3.refused);  // refused ones: Redis's error in the callback

  function v3Send(self, cmd) {
    return function () {
      const args = Array.prototype.slice.call(arguments);
      const cb = typeof args[args.length - 1] === "function" ? args.pop() : null;
      rt.emit({op: EFFECT.redis, cmd: cmd, args: flatten(args, cmd), cb: cb === null ? undefined : cb});
      return true;
    };
  }

  function Multi(client, initial) {
    const queue = [];
    const multi = {};
    for (const cmd of V3_COMMANDS) {
      multi[cmd] = multi[cmd.toUpperCase()] = function () {
        const args = Array.prototype.slice.call(arguments);
        const cb = typeof args[args.length - 1] === "function" ? args.pop() : undefined;
        queue.push([cmd, flatten(args, cmd), cb]);
        return multi;
      };
    }
    for (const c of initial || []) multi[String(c[0]).toLowerCase()].apply(null, c.slice(1));
    multi.exec = multi.EXEC = multi.exec_atomic = function (cb) {
      rt.emit({op: EFFECT.redis, cmd: "multi", args: queue.map((q) => [q[0], q[1]]), cbs: queue.map((q) => q[2]),
               cb: cb || undefined});
      return true;
    };
    return multi;
  }

  // -- the client ----------------------------------------------------------------------
  // Its command methods are own properties, those of v3 until connect() makes it a v4 client.
  function installMethods(self, v4) {
    for (const name of self._methods || []) delete self[name];
    const methods = {};
    if (v4) {
      for (const method of R4.methods) methods[method] = (...args) => v4Call(method, args);
      for (const name of Object.keys(SCAN_ITERATORS)) methods[name] = (...args) => scanIterator(name, args);
      for (const method of V4_REFUSED) {
        methods[method] = /Iterator$/.test(method) ? () => { throw notOffered(method); }
                                                   : () => rt.Promise.reject(notOffered(method));
      }
    } else {
      for (const cmd of V3_COMMANDS) methods[cmd] = methods[cmd.toUpperCase()] = v3Send(self, cmd);
    }
    for (const name of Object.keys(methods)) {
      const fn = methods[name];
      fn[rt.SER] = () => ({k: "redisMethod", v: {client: self, name: name}});
      self[name] = fn;
    }
    self._methods = Object.keys(methods);
    self._v4 = v4;
    if (v4) {
      self.isOpen = self.isReady = true;
      self.multi = self.MULTI = () => v4Multi(self);
      self.sendCommand = (args) => new rt.Promise(function (resolve, reject) {
        rt.emit({op: EFFECT.redis, cmd: String(args[0]).toLowerCase(), args: args.slice(1).map(String), raw: true,
                 cb: rt.partial(rt.redisV4Reply, null, null, resolve, reject)});
      });
    } else {
      self.multi = self.MULTI = self.batch = (commands) => Multi(self, commands);
      self.send_command = function (cmd, args, cb) {
        return self[String(cmd).toLowerCase()].apply(self, (args || []).concat(cb ? [cb] : []));
      };
    }
  }

  let clients = 0;

  function Client(options, v4) {
    const self = new (EventEmitter())();
    self._clientId = ++clients;
    self.options = options || {};
    self.connected = true;
    self.ready = true;
    self.closing = false;
    installMethods(self, Boolean(v4));
    // node-redis 4's connect() emits 'connect' and 'ready' once the socket is up, before its promise settles;
    // node-redis 3 emits them after the code that made the client has had the chance to listen (a client that
    // is connect()ed by then is node-redis 4's, which emits them there).
    self.connect = function () {  // only node-redis 4 has it: from now on commands return promises
      installMethods(self, true);
      self._connecting = true;
      return new rt.Promise(function (resolve) {
        process.nextTick(function () { self.emit("connect"); self.emit("ready"); resolve(undefined); });
      });
    };
    self.disconnect = function () { self.isOpen = self.isReady = false; return rt.Promise.resolve(undefined); };
    self.quit = self.QUIT = function (cb) {
      self.connected = false;
      if (self._v4 && !cb) { self.isOpen = self.isReady = false; return rt.Promise.resolve("OK"); }
      if (cb) rt.post(cb, [null, "OK"], {via: "redis.quit"});
      return true;
    };
    self.end = function () { self.connected = false; };
    self.unref = function () {};
    self.duplicate = function () { return Client(self.options); };
    self[rt.SER] = () => ({k: "redisClient", v: {options: self.options, id: self._clientId, v4: Boolean(self._v4)}});
    return self;
  }

  function createClient(options) {
    const client = Client(options);
    process.nextTick(function () {
      if (!client._v4 && !client._connecting) { client.emit("connect"); client.emit("ready"); }
    });
    return client;
  }

  rt.handleKind("redisClient", (v) => Client(v.options, v.v4));
  rt.handleKind("redisMethod", (v) => v.client[v.name]);

  // so that replies' continuations (partials of these) can travel
  rt.defineRuntimeModule("__liquefy_redis", () => ({redisV4Reply: rt.redisV4Reply,
                                                    redisV4MultiReply: rt.redisV4MultiReply,
                                                    redisScanNext: rt.redisScanNext, redisScanReturn: rt.redisScanReturn,
                                                    redisScanCollect: rt.redisScanCollect,
                                                    redisScanPick: rt.redisScanPick, redisScanSelf: rt.redisScanSelf}));
  rt.require("__liquefy_redis");

  rt.defineRuntimeModule("redis", function () {
    return {
      createClient: function () {
        const first = arguments[0];
        return createClient(typeof first === "object" && first !== null ? first : {url: first});
      },
      print: function (err, reply) {
        if (err) rt.emit({op: EFFECT.log, level: "log", text: "Error: " + err.message});
        else rt.emit({op: EFFECT.log, level: "log", text: "Reply: " + reply});
      },
      RedisClient: Client,
      RedisError: RedisError,
      ReplyError: ReplyError,
      ErrorReply: ErrorReply,
      MultiErrorReply: MultiErrorReply,
    };
  });
})(require("./core"));
