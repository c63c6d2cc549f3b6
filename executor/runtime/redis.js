// The `redis` module, node-redis 3's callback API. Every command is an effect:
// Python runs it against the real Redis, under the project's key prefix, and
// posts the callback with (err, reply) as node-redis would.
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
        rt.emit({op: "redis", cmd: cmd, args: flatten(args, cmd), cb: cb === null ? undefined : cb});
        return true;
      };
      send[rt.SER] = () => ({k: "redisMethod", v: {client: self, cmd: cmd}});
      self[cmd] = send;
      self[cmd.toUpperCase()] = send;
    }
    self.send_command = function (cmd, args, cb) {
      return self[String(cmd).toLowerCase()].apply(self, (args || []).concat(cb ? [cb] : []));
    };
    self.multi = self.batch = function (commands) {
      return Multi(self, commands);
    };
    self.MULTI = self.multi;
    self.quit = self.QUIT = function (cb) { self.connected = false; if (cb) rt.post(cb, [null, "OK"], {via: "redis.quit"}); return true; };
    self.end = function () { self.connected = false; };
    self.unref = function () {};
    self.duplicate = function () { return Client(self.options); };
    self[rt.SER] = () => ({k: "redisClient", v: {options: self.options, id: self._clientId}});
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
    multi.exec = multi.EXEC = multi.exec_atomic = function (cb) {
      rt.emit({op: "redis", cmd: "multi", args: queue.map((q) => [q[0], q[1]]), cbs: queue.map((q) => q[2]),
               cb: cb || undefined});
      return true;
    };
    return multi;
  }

  rt.handleKind("redisClient", (v) => Client(v.options));
  rt.handleKind("redisMethod", (v) => v.client[v.cmd]);

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
