"""The service's own Redis commands, run for its `redis` module.

Keys get the project's prefix, so a service sees only its own keys; commands
that would reach beyond them (or block the node) are refused. Replies are
shaped as node-redis 3 gives them to callbacks.
"""
import re

import redis

# How each command names its keys: index list, "all", "pairs" (key value ...),
# or "all-but-last" (the last argument is not a key).
KEY_POSITIONS = {
    "del": "all", "exists": "all", "unlink": "all", "touch": "all", "mget": "all",
    "sdiff": "all", "sinter": "all", "sunion": "all",
    "sdiffstore": "all", "sinterstore": "all", "sunionstore": "all",
    "mset": "pairs", "msetnx": "pairs",
    "rename": [0, 1], "renamenx": [0, 1], "rpoplpush": [0, 1], "smove": [0, 1],
}
SINGLE_KEY = set("""
append bitcount decr decrby expire expireat get getbit getrange getset hdel hexists hget hgetall hincrby
hincrbyfloat hkeys hlen hmget hmset hset hsetnx hstrlen hvals incr incrby incrbyfloat lindex linsert llen lpop
lpush lpushx lrange lrem lset ltrim persist pexpire pexpireat pttl rpop rpush rpushx sadd scard set setbit setex
setnx setrange sismember smembers spop srandmember srem strlen ttl type zadd zcard zcount zincrby zrange
zrangebyscore zrank zrem zremrangebyrank zremrangebyscore zrevrange zrevrangebyscore zrevrank zscore psetex sort
""".split())
NO_KEY = {"ping", "echo", "time"}


class CommandRefused(Exception):
    pass


def prefixed_args(prefix, cmd, args):
    if cmd in NO_KEY:
        return list(args)
    if cmd == "sort":
        return sort_args(prefix, args)
    if cmd in SINGLE_KEY:
        if not args:
            raise CommandRefused(f"ERR wrong number of arguments for '{cmd}' command")
        return [prefix + args[0]] + list(args[1:])
    where = KEY_POSITIONS.get(cmd)
    if where == "all":
        return [prefix + a for a in args]
    if where == "pairs":
        return [prefix + a if i % 2 == 0 else a for i, a in enumerate(args)]
    if isinstance(where, list):
        return [prefix + a if i in where else a for i, a in enumerate(args)]
    raise CommandRefused(f"ERR unknown command '{cmd}', with args beginning with: ")


def sort_args(prefix, args):
    """SORT names keys after BY and GET (patterns) and STORE: they get the prefix too,
    or a service could read or write keys of another project through them."""
    if not args:
        raise CommandRefused("ERR wrong number of arguments for 'sort' command")
    out = [prefix + args[0]]
    rest = list(args[1:])
    i = 0
    while i < len(rest):
        word = str(rest[i]).lower()
        out.append(rest[i])
        if word in ("by", "get", "store") and i + 1 < len(rest):
            value = rest[i + 1]
            keeps = (word == "get" and value == "#") or (word == "by" and str(value).lower() == "nosort")
            out.append(value if keeps else prefix + value)
            i += 1
        elif word == "limit":
            out.extend(rest[i + 1:i + 3])
            i += 2
        i += 1
    return out


def server_message(error):
    """The error line as Redis sent it: redis-py strips a known prefix ("ERR ",
    "EXECABORT "...) from the message and keeps it as status_code."""
    code = getattr(error, "status_code", None)
    return f"{code} {error}" if code else str(error)


def reply_error(cmd, args, message):
    """A ReplyError as node-redis 3 makes it: its code is the message's first word if in capitals."""
    fields = {"name": "ReplyError", "message": message, "command": cmd.upper(), "args": list(args)}
    match = re.match(r"([A-Z]+)\s+(.+)$", message, re.S)
    if match:
        fields["code"] = match.group(1)
    return {"$": "err", "v": fields}


def shape(cmd, value):
    """A reply as node-redis 3 hands it to a callback (already wire-encoded)."""
    if cmd == "hgetall":
        if not value:
            return None
        return plain_object({k: v for k, v in value.items()})
    if isinstance(value, bool):
        return 1 if value else 0
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, list):
        return [shape("", v) for v in value]
    if isinstance(value, tuple):
        return [shape("", v) for v in value]
    return value


def plain_object(d):
    if any(k.startswith("$") for k in d):
        return {"$": "obj", "v": d}
    return d


class KeyValue:
    """Runs one project's commands. `r` is a decode_responses=True client."""

    def __init__(self, r, prefix):
        self.r, self.prefix = r, prefix

    def run(self, cmd, args):
        """(error, reply) in wire form, one of them None."""
        try:
            if cmd == "flushdb" or cmd == "flushall":
                return None, self.flush()
            if cmd == "keys":
                pattern = args[0] if args else "*"
                found = self.r.keys(self.prefix + pattern)
                return None, sorted(k[len(self.prefix):] for k in found)
            full = prefixed_args(self.prefix, cmd, args)
            value = self.r.execute_command(cmd.upper(), *full)
            if cmd == "hgetall" and isinstance(value, list):
                value = dict(zip(value[::2], value[1::2]))
            return None, shape(cmd, value)
        except CommandRefused as e:
            return reply_error(cmd, args, str(e)), None
        except redis.ResponseError as e:
            return reply_error(cmd, args, server_message(e)), None

    def multi(self, commands):
        """Runs queued commands atomically; (error, [replies])."""
        pipe = self.r.pipeline(transaction=True)
        try:
            for cmd, args in commands:
                pipe.execute_command(cmd.upper(), *prefixed_args(self.prefix, cmd, args))
            results = pipe.execute(raise_on_error=False)
        except CommandRefused as e:
            return reply_error("exec", [], str(e)), None
        replies = []
        for (cmd, args), value in zip(commands, results):
            if isinstance(value, redis.ResponseError):
                replies.append(reply_error(cmd, args, server_message(value)))
            else:
                if cmd == "hgetall" and isinstance(value, list):
                    value = dict(zip(value[::2], value[1::2]))
                replies.append(shape(cmd, value))
        return None, replies

    def flush(self):
        keys = self.r.keys(self.prefix + "*")
        if keys:
            self.r.delete(*keys)
        return "OK"
