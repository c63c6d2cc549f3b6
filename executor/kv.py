"""The service's own Redis commands, run for its `redis` module.

Keys get the project's prefix, so a service sees only its own keys; commands
that would reach beyond them (or block the node) are refused. Replies are
shaped as node-redis 3 gives them to callbacks.

A project's data has a quota. Every command that writes runs in a transaction
between measures of the keys it names (MEMORY USAGE), and the difference is added
to `p:kvused`; once the total is over the quota, commands that may grow the data
are refused with an error until the service deletes some. Keys that expire do not
lower the total: when a project reaches its quota, its keys are measured again (at
most every RECOUNT_S seconds) before anything is refused. (Not a Lua script: replies
would pass through Lua numbers, exact only up to 2^53.)
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
READS = set("""
get mget exists hget hgetall hkeys hvals hlen hmget hexists hstrlen llen lrange lindex scard smembers sismember
srandmember sdiff sinter sunion zcard zcount zrange zrangebyscore zrank zrevrange zrevrangebyscore zrevrank zscore
ttl pttl type strlen getrange getbit bitcount
""".split()) | NO_KEY
SHRINKS = set("""
del unlink hdel srem zrem zremrangebyrank zremrangebyscore lpop rpop spop ltrim lrem expire expireat pexpire
pexpireat persist touch
""".split())
RECOUNT_S = 10

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


def reply_value(cmd, value):
    if cmd == "hgetall" and isinstance(value, list):
        value = dict(zip(value[::2], value[1::2]))
    return shape(cmd, value)


def plain_object(d):
    if any(k.startswith("$") for k in d):
        return {"$": "obj", "v": d}
    return d


class KeyValue:
    """Runs one project's commands. `r` is a decode_responses=True client.

    With `used_key` and `quota_bytes`, writes are measured and kept under the quota."""

    def __init__(self, r, prefix, used_key=None, quota_bytes=None):
        self.r, self.prefix = r, prefix
        self.used_key, self.quota_bytes = used_key, quota_bytes

    def run(self, cmd, args):
        """(error, reply) in wire form, one of them None."""
        try:
            if cmd == "flushdb" or cmd == "flushall":
                return None, self.flush()
            if cmd == "keys":
                pattern = args[0] if args else "*"
                found = self.r.keys(self.prefix + pattern)
                return None, sorted(k[len(self.prefix):] for k in found)
            [value] = self.execute([(cmd, prefixed_args(self.prefix, cmd, args))])
            if isinstance(value, redis.ResponseError):
                raise value
            return None, reply_value(cmd, value)
        except CommandRefused as e:
            return reply_error(cmd, args, str(e)), None
        except redis.ResponseError as e:
            return reply_error(cmd, args, server_message(e)), None

    def multi(self, commands):
        """Runs queued commands atomically; (error, [replies])."""
        try:
            results = self.execute([(cmd, prefixed_args(self.prefix, cmd, args)) for cmd, args in commands])
        except CommandRefused as e:
            return reply_error("exec", [], str(e)), None
        except redis.ResponseError:  # a command Redis refused while queueing it
            return reply_error("exec", [], "EXECABORT Transaction discarded because of previous errors."), None
        replies = []
        for (cmd, args), value in zip(commands, results):
            if isinstance(value, redis.ResponseError):
                replies.append(reply_error(cmd, args, server_message(value)))
            else:
                replies.append(reply_value(cmd, value))
        return None, replies

    # -- measuring writes ----------------------------------------------------------

    def execute(self, commands):
        """Runs prefixed commands in one transaction; their values (a ResponseError for
        a failed one), each write between measures of the keys it names."""
        growing = [cmd for cmd, full in commands if self.measures(cmd, full) and cmd not in SHRINKS]
        refuse = bool(growing) and self.over_quota() and not (self.recount() and not self.over_quota())
        pipe = self.r.pipeline(transaction=True)
        plan = []  # per command: None (not measured), "refused", or how many keys it names
        for cmd, full in commands:
            if not self.measures(cmd, full):
                plan.append(None)
                pipe.execute_command(cmd.upper(), *full)
            elif refuse and cmd not in SHRINKS:
                plan.append("refused")
            else:
                named = list(dict.fromkeys(a for a in full if isinstance(a, str) and a.startswith(self.prefix)))
                plan.append(len(named))
                for key in named:
                    pipe.execute_command("MEMORY", "USAGE", key)
                pipe.execute_command(cmd.upper(), *full)
                for key in named:
                    pipe.execute_command("MEMORY", "USAGE", key)
        try:
            results = pipe.execute(raise_on_error=False) if len(pipe) else []
        except redis.ResponseError as e:  # refused while queued: the transaction did not run
            e.args = (str(e).split(" of pipeline caused error: ", 1)[-1],) + e.args[1:]  # redis-py's annotation
            raise
        return self.take_results(plan, results)

    def take_results(self, plan, results):
        values, grown, i = [], 0, 0
        for step in plan:
            if step is None:
                values.append(results[i])
                i += 1
            elif step == "refused":
                values.append(redis.ResponseError(self.over_quota_message()))
            else:
                before = sum(int(x or 0) for x in results[i:i + step])
                values.append(results[i + step])
                after = sum(int(x or 0) for x in results[i + step + 1:i + 2 * step + 1])
                grown += after - before
                i += 2 * step + 1
        if grown and self.r.incrby(self.used_key, grown) < 0:
            self.r.set(self.used_key, 0)
        return values

    def measures(self, cmd, full):
        if self.used_key is None or cmd in READS:
            return False
        return cmd != "sort" or any(str(a).lower() == "store" for a in full)

    def over_quota(self):
        return int(self.r.get(self.used_key) or 0) >= self.quota_bytes

    def over_quota_message(self):
        mb, kb = divmod(self.quota_bytes, 1024 * 1024)
        size = f"{mb} MB" if mb and not kb else f"{self.quota_bytes // 1024} KB"
        return f"ERR Liquefy: this project's Redis data is over its quota of {size}"

    def recount(self):
        """Measures the project's keys again (keys that expired were still counted), at most every RECOUNT_S."""
        if not self.r.set(self.used_key + ":counted", 1, nx=True, ex=RECOUNT_S):
            return False
        total, cursor = 0, "0"
        while True:  # by hand: the nodes' client has no reply parsers, which scan_iter needs
            cursor, batch = self.r.execute_command("SCAN", cursor, "MATCH", self.prefix + "*", "COUNT", 1000)
            total += self.sizes(batch)
            if str(cursor) == "0":
                break
        self.r.set(self.used_key, total)
        return True

    def sizes(self, batch):
        if not batch:
            return 0
        pipe = self.r.pipeline(transaction=False)
        for key in batch:
            pipe.execute_command("MEMORY", "USAGE", key)
        return sum(int(x or 0) for x in pipe.execute())

    def flush(self):
        keys = self.r.keys(self.prefix + "*")
        if keys:
            self.r.delete(*keys)
        if self.used_key:
            self.r.set(self.used_key, 0)
        return "OK"
