// The `redis` module: node-redis 3's callback API, and node-redis 4's promise API
// once `client.connect()` is called (v4 requires it; v3 has no such method).
// Every command is an effect: Python runs it against the real Redis, under the
// project's key prefix, and posts the callback with (err, reply), or settles the
// promise, as node-redis would.
(function (rt) {
  "use strict";
  const EventEmitter = () => rt.require("events");

  const COMMANDS = ("append bitcount decr decrby del echo exists expire expireat flushall flushdb get getbit getrange " +
    "getset hdel hexists hget hgetall hincrby hincrbyfloat hkeys hlen hmget hmset hset hsetnx hstrlen hvals incr " +
    "incrby incrbyfloat keys lindex linsert llen lpop lpush lpushx lrange lrem lset ltrim mget mset msetnx persist " +
    "pexpire pexpireat ping pttl rename renamenx rpop rpoplpush rpush rpushx sadd scard sdiff sdiffstore set setbit " +
    "setex setnx setrange sinter sinterstore sismember smembers smove sort spop srandmember srem strlen sunion " +
    "sunionstore time touch ttl type unlink zadd zcard zcount zincrby zrange zrangebyscore zrank zrem " +
    "zremrangebyrank zremrangebyscore zrevrange zrevrangebyscore zrevrank zscore psetex").split(" ");

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

  // node-redis 4 names (camelCase) of the commands whose name has several words.
  const V4_NAMES = {hgetall: "hGetAll", hget: "hGet", hset: "hSet", hsetnx: "hSetNX", hdel: "hDel", hlen: "hLen",
    hkeys: "hKeys", hvals: "hVals", hexists: "hExists", hincrby: "hIncrBy", hincrbyfloat: "hIncrByFloat",
    hmget: "hmGet", hstrlen: "hStrLen", lpush: "lPush", rpush: "rPush", lpop: "lPop", rpop: "rPop", llen: "lLen",
    lrange: "lRange", lindex: "lIndex", lset: "lSet", lrem: "lRem", ltrim: "lTrim", linsert: "lInsert",
    lpushx: "lPushX", rpushx: "rPushX", rpoplpush: "rPopLPush", sadd: "sAdd", srem: "sRem", smembers: "sMembers",
    sismember: "sIsMember", scard: "sCard", spop: "sPop", srandmember: "sRandMember", smove: "sMove",
    sinter: "sInter", sunion: "sUnion", sdiff: "sDiff", sinterstore: "sInterStore", sunionstore: "sUnionStore",
    sdiffstore: "sDiffStore", zadd: "zAdd", zrem: "zRem", zrange: "zRange", zrevrange: "zRevRange",
    zrangebyscore: "zRangeByScore", zrevrangebyscore: "zRevRangeByScore", zscore: "zScore", zcard: "zCard",
    zincrby: "zIncrBy", zrank: "zRank", zrevrank: "zRevRank", zcount: "zCount",
    zremrangebyscore: "zRemRangeByScore", zremrangebyrank: "zRemRangeByRank", incrby: "incrBy", decrby: "decrBy",
    incrbyfloat: "incrByFloat", expireat: "expireAt", pexpire: "pExpire", pexpireat: "pExpireAt", pttl: "pTTL",
    setex: "setEx", psetex: "pSetEx", setnx: "setNX", getset: "getSet", getrange: "getRange",
    setrange: "setRange", getbit: "getBit", setbit: "setBit", bitcount: "bitCount", mget: "mGet", mset: "mSet",
    msetnx: "mSetNX", renamenx: "renameNX", flushdb: "flushDb", flushall: "flushAll"};
  // v4 turns these integer replies into booleans
  const V4_BOOLEAN = new Set(["sismember", "hexists", "expire", "expireat", "pexpire", "pexpireat", "persist",
                              "setnx", "hsetnx", "msetnx", "renamenx", "smove"]);

  // v4 arguments: set(key, value, {EX, PX, NX, XX, KEEPTTL, GET}), zAdd(key, {score, value} or [...])
  function v4Args(cmd, args) {
    if (cmd === "set" && args.length === 3 && args[2] !== null && typeof args[2] === "object") {
      const out = [args[0], args[1]];
      for (const k of Object.keys(args[2])) {
        const v = args[2][k];
        if (v === true) out.push(k);
        else if (v !== false && v !== undefined) out.push(k, v);
      }
      return out;
    }
    if (cmd === "zadd" && args.length >= 2 && typeof args[1] === "object") {
      const members = [].concat(args[1]);
      return [args[0]].concat(...members.map((m) => [m.score, m.value]));
    }
    return args;
  }

  rt.redisV4Reply = function (cmd, resolve, reject, err, reply) {
    if (err) { reject(err); return; }
    if (cmd === "hgetall" && reply === null) reply = {};
    else if (V4_BOOLEAN.has(cmd)) reply = reply === 1 || reply === "1";
    resolve(reply);
  };

  function v4Call(cmd, args) {
    return new rt.Promise(function (resolve, reject) {
      rt.emit({op: "redis", cmd: cmd, args: flatten(v4Args(cmd, args), cmd),
               cb: rt.partial(rt.redisV4Reply, cmd, resolve, reject)});
    });
  }

  let clients = 0;

  function Client(options) {
    const self = new (EventEmitter())();
    self._clientId = ++clients;
    self.options = options || {};
    self.connected = true;
    self.ready = true;
    self.closing = false;
    for (const cmd of COMMANDS) {
      const send = function () {
        const args = Array.prototype.slice.call(arguments);
        const cb = typeof args[args.length - 1] === "function" ? args.pop() : null;
        if (cb === null && self._v4) return v4Call(cmd, args);
        rt.emit({op: "redis", cmd: cmd, args: flatten(args, cmd), cb: cb === null ? undefined : cb});
        return true;
      };
      send[rt.SER] = () => ({k: "redisMethod", v: {client: self, cmd: cmd}});
      self[cmd] = send;
      self[cmd.toUpperCase()] = send;
      if (V4_NAMES[cmd]) self[V4_NAMES[cmd]] = send;
    }
    self.connect = function () {  // only node-redis 4 has it: from now on commands return promises
      self._v4 = true;
      self.isOpen = self.isReady = true;
      return rt.Promise.resolve(undefined);
    };
    self.disconnect = function () { self.isOpen = self.isReady = false; return rt.Promise.resolve(undefined); };
    self.send_command = function (cmd, args, cb) {
      return self[String(cmd).toLowerCase()].apply(self, (args || []).concat(cb ? [cb] : []));
    };
    self.multi = self.batch = function (commands) {
      return Multi(self, commands);
    };
    self.MULTI = self.multi;
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

  function Multi(client, initial) {
    const queue = [];
    const multi = {};
    for (const cmd of COMMANDS) {
      multi[cmd] = multi[cmd.toUpperCase()] = function () {
        const args = Array.prototype.slice.call(arguments);
        const cb = typeof args[args.length - 1] === "function" ? args.pop() : undefined;
        queue.push([cmd, flatten(args, cmd), cb]);
        return multi;
      };
    }
    for (const c of initial || []) multi[String(c[0]).toLowerCase()].apply(null, c.slice(1));
    for (const cmd of Object.keys(V4_NAMES)) multi[V4_NAMES[cmd]] = multi[cmd];
    multi.exec = multi.EXEC = multi.exec_atomic = function (cb) {
      if (!cb && client._v4) {
        return new rt.Promise(function (resolve, reject) {
          rt.emit({op: "redis", cmd: "multi", args: queue.map((q) => [q[0], q[1]]), cbs: queue.map((q) => q[2]),
                   cb: rt.partial(rt.redisV4Reply, "multi", resolve, reject)});
        });
      }
      rt.emit({op: "redis", cmd: "multi", args: queue.map((q) => [q[0], q[1]]), cbs: queue.map((q) => q[2]),
               cb: cb || undefined});
      return true;
    };
    return multi;
  }

  rt.handleKind("redisClient", (v) => Object.assign(Client(v.options), v.v4 ? {_v4: true, isOpen: true, isReady: true} : {}));
  rt.handleKind("redisMethod", (v) => v.client[v.cmd]);

  rt.defineRuntimeModule("__liquefy_redis", () => ({redisV4Reply: rt.redisV4Reply}));
  rt.require("__liquefy_redis");  // so that v4 replies' continuations can travel

  rt.defineRuntimeModule("redis", function () {
    return {
      createClient: function () {
        const first = arguments[0];
        return Client(typeof first === "object" && first !== null ? first : {url: first});
      },
      print: function (err, reply) {
        if (err) rt.emit({op: "log", level: "log", text: "Error: " + err.message});
        else rt.emit({op: "log", level: "log", text: "Reply: " + reply});
      },
      RedisClient: Client,
    };
  });
})(globalThis.__rt);
