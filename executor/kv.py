"""The service's own Redis commands, run for its `redis` module.

Keys get the project's prefix, so a service sees only its own keys: where a
command names keys, Redis's own key specs say (COMMAND INFO); the commands about
the whole database (KEYS, SCAN, DBSIZE, FLUSHDB) see the project's keys only.
Commands outside OFFERED, and those that would block the node, are refused.
Replies are as Redis sends them over RESP2 (node-redis 4 shapes them in the
isolate), or as node-redis 3 gives them to callbacks. `r` must speak RESP2.

A project's data has a quota. Every command that writes runs in a transaction
between exact measures of the keys it names (MEMORY USAGE ... SAMPLES 0: every
element, not a sample of five), and the difference is added to `p:kvused`; once
the total is over the quota, commands that may grow the data are refused with an
error until the service deletes some. A write may pass the quota by at most the
size of its own arguments; one whose growth is not bounded by them (SETRANGE and
SETBIT offsets, the commands that copy keys) must fit in what is left. The
commands of a MULTI are checked one by one, each counting the growth of those
before it. Keys that expire do not lower the total: when a project reaches its
quota, its keys are measured again (at most every RECOUNT_S seconds) before
anything is refused.

A message's commands (KeyValue with `mark`) run in one Lua script that also keeps
their replies in the message's journal (executor/effects.py: a redelivered message
reuses them instead of running the commands again). Replies pass through Lua
numbers there, exact up to 2^53: a counter's new value past that (INCR, INCRBY,
DECR, DECRBY, HINCRBY) is read back as the string Redis holds. A command that
Redis would refuse while queueing it (wrong number of arguments), or one with more
than SCRIPT_MAX_ARGS arguments, runs in a MULTI transaction instead, its reply
kept just after it.

Replies and scans are bounded too: a random-member count past MAX_RANDOM_COUNT
is refused, and KEYS, SCAN, DBSIZE and FLUSHDB (SCANs over the database, keeping
the project's keys) look at MAX_SCANNED_KEYS keys at most.
"""
import json
import re

import redis
from redis._parsers.base import BaseParser

from . import keys, redis_client
from .scripts import JOURNALED_CALLS

# The Redis commands a service may send (node-redis 4's commands the runtime offers,
# executor/runtime/vendor_redis4.py, and node-redis 3's older names of them).
OFFERED = set("""
append bitcount bitop bitpos decr decrby get getbit getdel getex getrange getset incr incrby incrbyfloat mget
mset msetnx psetex set setbit setex setnx setrange strlen copy del exists expire expireat expiretime persist
pexpire pexpireat pexpiretime pttl rename renamenx touch ttl type unlink sort sort_ro hdel hexists hget hgetall
hincrby hincrbyfloat hkeys hlen hmget hmset hrandfield hscan hset hsetnx hstrlen hvals lindex linsert llen lmove
lmpop lpop lpos lpush lpushx lrange lrem lset ltrim rpop rpoplpush rpush rpushx sadd scard sdiff sdiffstore
sinter sintercard sinterstore sismember smembers smismember smove spop srandmember srem sscan sunion
sunionstore zadd zcard zcount zdiff zdiffstore zincrby zinter zintercard zinterstore zlexcount zmpop zmscore
zpopmax zpopmin zrandmember zrange zrangebylex zrangebyscore zrangestore zrank zrem zremrangebylex
zremrangebyrank zremrangebyscore zrevrange zrevrangebylex zrevrangebyscore zrevrank zscan zscore zunion
zunionstore xadd xdel xlen xrange xread xrevrange xtrim pfadd pfcount pfmerge dbsize echo flushall flushdb
keys ping scan time
""".split())
SHRINKS = set("""
del unlink hdel srem zrem zremrangebyrank zremrangebyscore zremrangebylex lpop rpop spop ltrim lrem lmpop zmpop
zpopmin zpopmax getdel xdel xtrim expire expireat pexpire pexpireat persist touch
""".split())
# Commands whose growth is what they copy from other keys, not their arguments.
COPIES = set("""
copy sunionstore sinterstore sdiffstore zunionstore zinterstore zdiffstore zrangestore bitop pfmerge sort
""".split())
RANDOM_MEMBERS = {"srandmember", "hrandfield", "zrandmember"}
MAX_RANDOM_COUNT = 10_000
MAX_SCANNED_KEYS = 1_000_000
RECOUNT_S = 10
SCRIPT_MAX_ARGS = 1000  # a Lua call takes its arguments on Lua's stack (unpack)


class CommandRefused(Exception):
    pass


def check_counts(cmd, args):
    """CommandRefused for a count that would make a reply without bound."""
    if cmd in RANDOM_MEMBERS and len(args) > 1:
        try:
            count = abs(int(args[1]))
        except (TypeError, ValueError):
            return  # Redis refuses it
        if count > MAX_RANDOM_COUNT:
            raise CommandRefused(f"ERR Liquefy: {cmd.upper()} asks for {count} elements; "
                                 f"the most a reply may hold is {MAX_RANDOM_COUNT}")


def pairs(value):
    """Redis's key specs come as flat [name, value, ...] lists over RESP2."""
    return dict(zip(value[::2], value[1::2])) if isinstance(value, list) else value


def from_wire(v):
    """A reply as JOURNALED_CALLS tagged it, as redis-py gives it (RESP2, no reply callbacks)."""
    if isinstance(v, str):
        return v
    if "i" in v:
        return int(v["i"])
    if "s" in v:
        return v["s"]
    if "e" in v:
        return BaseParser.parse_error(v["e"])
    if "n" in v:
        return None
    return [from_wire(x) for x in v["a"]] if isinstance(v["a"], list) else []  # cjson: {} for an empty list


def recorded_values(record):
    """(plan, values) of a journal field JOURNALED_CALLS wrote ("v:<plan>\n<values>")."""
    plan, values = record[2:].split("\n", 1)
    values = json.loads(values)
    return [None if step == -1 else "refused" if step == -2 else step for step in json.loads(plan)], \
        [from_wire(v) for v in (values if isinstance(values, list) else [])]


class CommandTable:
    """What Redis itself says of a command (COMMAND INFO): its flags and where its
    arguments name keys (key specs), asked once per command."""

    def __init__(self):
        self.info = {}

    def lookup(self, r, cmd):
        if cmd not in self.info:
            [found] = r.execute_command("COMMAND", "INFO", cmd)
            self.info[cmd] = {"arity": found[1], "flags": set(found[2]), "specs": [pairs(spec) for spec in found[8]]}
        return self.info[cmd]

    def key_positions(self, r, cmd, args):
        """Indexes into `args` (the arguments after the command's name) that are keys."""
        argv = [cmd] + list(args)
        found = set()
        for spec in self.lookup(r, cmd)["specs"]:
            found.update(i - 1 for i in spec_positions(spec, argv) if 0 < i < len(argv))
        return found

    def read_only(self, r, cmd):
        return "readonly" in self.lookup(r, cmd)["flags"]

    def arity_ok(self, r, cmd, args):
        arity = self.lookup(r, cmd)["arity"]
        return len(args) + 1 == arity if arity >= 0 else len(args) + 1 >= -arity


def spec_positions(spec, argv):
    """The key positions one key spec gives, as Redis computes them (getKeysUsingKeySpecs)."""
    begin, find = pairs(spec["begin_search"]), pairs(spec["find_keys"])
    bspec, fspec = pairs(begin["spec"]), pairs(find["spec"])
    argc = len(argv)
    if begin["type"] == "index":
        first = bspec["index"]
    elif begin["type"] == "keyword":
        start = bspec["startfrom"]
        order = range(start, argc) if start > 0 else range(argc + start, 0, -1)
        first = next((i + 1 for i in order if str(argv[i]).upper() == bspec["keyword"]), None)
        if first is None:
            return []
    else:
        return []  # SORT's BY/GET/STORE: sort_args
    if find["type"] == "range":
        last_key, step, limit = fspec["lastkey"], fspec["keystep"], fspec["limit"]
        if last_key >= 0:
            last = first + last_key
        elif not limit:
            last = argc + last_key
        else:
            last = first + ((argc - first) // limit + last_key)
    elif find["type"] == "keynum":
        try:
            count = int(argv[first + fspec["keynumidx"]])
        except (IndexError, ValueError):
            return []
        step = fspec["keystep"]
        first += fspec["firstkey"]
        last = first + (count - 1) * step
    else:
        return []
    return range(first, min(last, argc - 1) + 1, step)


COMMANDS = CommandTable()


def prefixed_args(r, prefix, cmd, args, key_prefix=""):
    """`args` with the project's `prefix` (then a client's own `key_prefix`, ioredis's
    keyPrefix) before each key they name."""
    if cmd not in OFFERED:
        raise CommandRefused(f"ERR Liquefy: the Redis command '{cmd}' is not available to services "
                             f"(see docs/executor.md)")
    if cmd in ("sort", "sort_ro"):
        return sort_args(prefix + key_prefix, args)
    if cmd == "xread" and any(str(a).upper() == "BLOCK" for a in args[:-1]):
        raise CommandRefused("ERR Liquefy: XREAD with BLOCK is not available (a blocked command would hold a node)")
    if cmd == "copy" and any(str(a).upper() == "DB" for a in args[2:]):
        raise CommandRefused("ERR Liquefy: COPY to another database is not available (a project has its own keys only)")
    keys_at = COMMANDS.key_positions(r, cmd, args)
    return [prefix + key_prefix + a if i in keys_at else a for i, a in enumerate(args)]


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


def scan_options(args):
    """SCAN cursor [MATCH pattern] [COUNT n] [TYPE type] -> (pattern, type)."""
    options = {str(k).upper(): v for k, v in zip(args[1::2], args[2::2])}
    return options.get("MATCH", "*"), options.get("TYPE")


def server_message(error):
    """The error line as Redis sent it: redis-py strips a known prefix ("ERR ",
    "EXECABORT "...) from the message and keeps it as status_code."""
    code = getattr(error, "status_code", None)
    return f"{code} {error}" if code else str(error)


def reply_error(cmd, args, message):
    """A ReplyError as node-redis 3 makes it: its code is the message's first word if in capitals.
    One inside a transaction has no `args`."""
    fields = {"name": "ReplyError", "message": message, "command": cmd.upper()}
    if args is not None:
        fields["args"] = list(args)
    match = re.match(r"([A-Z]+)\s+(.+)$", message, re.S)
    if match:
        fields["code"] = match.group(1)
    return {"$": "err", "v": fields}


def reply_value(cmd, value):
    """A RESP2 reply as node-redis 3 hands it to a callback (wire-encoded): as Redis sent
    it, but HGETALL's as an object (null when empty)."""
    if cmd == "hgetall":
        return plain_object(dict(zip(value[::2], value[1::2]))) if value else None
    return value


def plain_object(d):
    if any(k.startswith("$") for k in d):
        return {"$": "obj", "v": d}
    return d


class KeyValue:
    """Runs one project's commands. `r` is a decode_responses=True client.

    With `used_key` and `quota_bytes`, writes are measured and kept under the quota. With
    `mark` ((hash, field)), the transaction that runs the commands sets that field to "ran"
    (the message's journal, executor/effects.py)."""

    def __init__(self, r, prefix, used_key=None, quota_bytes=None, mark=None, recorded=None):
        self.r, self.prefix = r, prefix
        self.used_key, self.quota_bytes = used_key, quota_bytes
        self.mark = mark  # (journal, field): the commands' replies go there, in the same step
        self.recorded = recorded  # what a first run kept there: replayed instead of running again
        self.kept = False  # whether the replies are in the journal now

    def run(self, cmd, args, raw=False, key_prefix=""):
        """(error, reply) in wire form, one of them None. The reply is as Redis sent it
        (RESP2) when `raw` (node-redis 4 and ioredis shape it), else as node-redis 3 gives it.
        `key_prefix` goes before the keys only, not before KEYS's or SCAN's pattern (as ioredis's)."""
        try:
            check_counts(cmd, args)
            special = self.project_wide(cmd, args)
            if special is not None:
                return None, special
            [value] = self.execute([(cmd, prefixed_args(self.r, self.prefix, cmd, args, key_prefix))])
            if isinstance(value, redis.ResponseError):
                raise value
            value = self.without_prefix(cmd, value)
            return None, value if raw else reply_value(cmd, value)
        except CommandRefused as e:
            return reply_error(cmd, args, str(e)), None
        except redis.ResponseError as e:
            return reply_error(cmd, self.client_args(cmd, args, key_prefix), server_message(e)), None

    def client_args(self, cmd, args, key_prefix):
        """The arguments as the client sent them: with its own key prefix (ioredis's keyPrefix, which its
        errors' `command.args` show), without the project's."""
        return prefixed_args(self.r, "", cmd, args, key_prefix) if key_prefix else args

    def project_wide(self, cmd, args):
        """The commands about the whole database, over the project's keys only (None for the others)."""
        if cmd in ("flushdb", "flushall"):
            return self.flush()
        if cmd == "keys":
            return sorted(self.project_keys(args[0] if args else "*"))
        if cmd == "dbsize":
            return len(self.project_keys("*"))
        if cmd == "scan":
            return ["0", self.project_keys(*scan_options(args))]
        return None

    def project_keys(self, pattern, kind=None):
        """The project's keys matching `pattern` (without the prefix): one whole SCAN, which
        is one of the answers SCAN may give (cursor 0: done), over MAX_SCANNED_KEYS at most."""
        options = ["TYPE", kind] if kind else []
        found, cursor, scanned = [], "0", 0
        while True:
            cursor, batch = self.shard().execute_command("SCAN", cursor, "MATCH", self.prefix + pattern, "COUNT",
                                                         1000, *options)
            found += [k[len(self.prefix):] for k in batch]
            scanned += 1000
            if str(cursor) == "0":
                return found
            if scanned >= MAX_SCANNED_KEYS:
                raise CommandRefused(f"ERR Liquefy: the database holds too many keys to look through "
                                     f"(more than {MAX_SCANNED_KEYS})")

    def multi(self, commands, raw=False, key_prefix=""):
        """Runs queued commands atomically; (error, [replies])."""
        try:
            for cmd, args in commands:
                check_counts(cmd, args)
            results = self.execute([(cmd, prefixed_args(self.r, self.prefix, cmd, args, key_prefix))
                                    for cmd, args in commands])
        except CommandRefused as e:
            return reply_error("exec", [], str(e)), None
        except redis.ResponseError:  # a command Redis refused while queueing it
            return reply_error("exec", [], "EXECABORT Transaction discarded because of previous errors."), None
        replies = []
        for (cmd, args), value in zip(commands, results):
            if isinstance(value, redis.ResponseError):  # ioredis's pipeline shows the args with its keyPrefix
                replies.append(reply_error(cmd, self.client_args(cmd, args, key_prefix) if key_prefix else None,
                                           server_message(value)))
            else:
                value = self.without_prefix(cmd, value)
                replies.append(value if raw else reply_value(cmd, value))
        return None, replies

    def shard(self):
        """Where SCAN sees the project's keys: the server, or the cluster's shard of the project's slot."""
        return redis_client.shard_of(self.r, self.prefix)

    def without_prefix(self, cmd, value):
        """Replies that name keys (LMPOP, ZMPOP: [key, ...]; XREAD: [[key, ...]...]) name them as the service does."""
        if cmd in ("lmpop", "zmpop") and value:
            return [value[0][len(self.prefix):]] + value[1:]
        if cmd == "xread" and value:
            return [[stream[0][len(self.prefix):]] + stream[1:] for stream in value]
        return value

    # -- measuring writes ----------------------------------------------------------

    def execute(self, commands):
        """Runs prefixed commands in one transaction; their values (a ResponseError for
        a failed one), each write between exact measures of the keys it names."""
        if self.recorded is not None:
            return self.take_results(*recorded_values(self.recorded), count=False)
        refused = self.refusals(commands)
        if any(refused) and self.recount():
            refused = self.refusals(commands)
        plan, calls = [], []  # plan: per command None (not measured), "refused", or how many keys it names
        for (cmd, full), refuse in zip(commands, refused):
            if not self.measures(cmd, full):
                plan.append(None)
                calls.append([cmd.upper(), *full])
            elif refuse:
                plan.append("refused")
            else:
                named = self.named_keys(full)
                plan.append(len(named))
                calls += [["MEMORY", "USAGE", key, "SAMPLES", 0] for key in named]
                calls.append([cmd.upper(), *full])
                calls += [["MEMORY", "USAGE", key, "SAMPLES", 0] for key in named]
        if self.mark is not None and calls and self.scriptable(commands):
            return self.take_results(plan, self.journaled(plan, calls), count=False)
        # on a cluster, straight to the project's shard: a cluster client's transaction refuses a
        # command without a key (PING, ECHO, TIME), which Redis itself runs in a MULTI
        pipe = self.shard().pipeline(transaction=True)
        for call in calls:
            pipe.execute_command(*call)
        if self.mark is not None:
            pipe.execute_command("HSET", *self.mark, "ran")
        try:
            results = pipe.execute(raise_on_error=False) if len(pipe) else []
            if self.mark is not None:
                results = results[:-1]
        except redis.ResponseError as e:  # refused while queued: the transaction did not run
            e.args = (str(e).split(" of pipeline caused error: ", 1)[-1],) + e.args[1:]  # redis-py's annotation
            raise
        return self.take_results(plan, results)

    def scriptable(self, commands):
        return all(len(full) <= SCRIPT_MAX_ARGS and COMMANDS.arity_ok(self.r, cmd, full) for cmd, full in commands)

    def journaled(self, plan, calls):
        """Runs the calls in one script that keeps their replies in the journal (JOURNALED_CALLS)."""
        steps = [-1 if step is None else -2 if step == "refused" else step for step in plan]
        script = self.r.register_script(JOURNALED_CALLS)
        named = list(dict.fromkeys(key for call in calls for key in self.named_keys(call[1:])))
        text = script(keys=[self.mark[0], self.used_key or ""] + named,
                      args=[json.dumps([[str(a) for a in call] for call in calls]), json.dumps(steps), self.mark[1]])
        self.kept = True
        values = json.loads(text)
        return [from_wire(v) for v in (values if isinstance(values, list) else [])]

    def refusals(self, commands):
        """Per command, whether the quota refuses it, each counting the growth of those before it."""
        growing = [(cmd, full) for cmd, full in commands if self.measures(cmd, full) and cmd not in SHRINKS]
        if not growing:
            return [False] * len(commands)
        running = int(self.r.get(self.used_key) or 0)
        out = []
        for cmd, full in commands:
            if not self.measures(cmd, full) or cmd in SHRINKS:
                out.append(False)
                continue
            bound, beyond_arguments = self.growth_bound(cmd, full)
            out.append(running >= self.quota_bytes or (beyond_arguments and running + bound > self.quota_bytes))
            running += bound
        return out

    def growth_bound(self, cmd, full):
        """(how much the command may grow the data at most, whether that is more than its arguments)."""
        try:
            if cmd == "setrange":
                return int(full[1]) + len(str(full[2])), True
            if cmd == "setbit":
                return int(full[1]) // 8 + 1, True
        except (IndexError, ValueError):
            return 0, False  # Redis refuses it
        if cmd in COPIES:
            return self.sizes(self.named_keys(full)), True
        return sum(len(str(a)) for a in full), False

    def named_keys(self, full):
        return list(dict.fromkeys(a for a in full if isinstance(a, str) and a.startswith(self.prefix)))

    def take_results(self, plan, results, count=True):
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
        if count and grown and self.r.incrby(self.used_key, grown) < 0:
            self.r.set(self.used_key, 0)
        return values

    def measures(self, cmd, full):
        if self.used_key is None:
            return False
        if cmd == "sort":
            return any(str(a).lower() == "store" for a in full)
        return not COMMANDS.read_only(self.r, cmd)

    def over_quota(self):
        return int(self.r.get(self.used_key) or 0) >= self.quota_bytes

    def over_quota_message(self):
        mb, kb = divmod(self.quota_bytes, 1024 * 1024)
        size = f"{mb} MB" if mb and not kb else f"{self.quota_bytes // 1024} KB"
        return f"ERR Liquefy: this project's Redis data is over its quota of {size}"

    def recount(self):
        """Measures the project's keys again (keys that expired were still counted), at most every RECOUNT_S."""
        if not self.r.set(keys.kv_counted(self.used_key), 1, nx=True, ex=RECOUNT_S):
            return False
        total, cursor = 0, "0"
        while True:  # by hand: the nodes' client has no reply parsers, which scan_iter needs
            cursor, batch = self.shard().execute_command("SCAN", cursor, "MATCH", self.prefix + "*", "COUNT", 1000)
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
            pipe.execute_command("MEMORY", "USAGE", key, "SAMPLES", 0)
        return sum(int(x or 0) for x in pipe.execute())

    def flush(self):
        names = [self.prefix + k for k in self.project_keys("*")]
        for at in range(0, len(names), 1000):
            self.r.unlink(*names[at:at + 1000])
        if self.used_key:
            self.r.set(self.used_key, 0)
        return "OK"
