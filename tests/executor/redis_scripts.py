"""Scripts of node-redis calls for the differential test (test_redis_differential.py),
and the service that runs one: the same source under Node.js and under Liquefy.

A call is [method, args, mode]: mode "sort" compares the reply with every array
sorted (Redis answers those in hash order), "types" only its shape (TIME).
A multi is ["multi", [[method, args]...], mode]."""
import json
from pathlib import Path

NODE_DIR = Path(__file__).resolve().parents[1] / "node"

# -- node-redis 4 -------------------------------------------------------------------


def v4_script():
    s = []

    def c(method, *args, mode=None):
        s.append([method, list(args), mode])

    # strings
    c("set", "s:a", "hello")
    c("SET", "s:b", "5", {"NX": True})
    c("set", "s:b", "6", {"NX": True})
    c("set", "s:b", "7", {"XX": True, "GET": True})
    c("set", "s:c", "x", {"PXAT": 4102444800000})
    c("get", "s:a")
    c("GET", "s:none")
    c("append", "s:a", " world")
    c("strLen", "s:a")
    c("getRange", "s:a", 0, 4)
    c("setRange", "s:a", 6, "WORLD")
    c("getSet", "s:a", "bye")
    c("getDel", "s:a")
    c("getDel", "s:a")
    c("set", "s:n", "10")
    c("incr", "s:n")
    c("incrBy", "s:n", 5)
    c("decr", "s:n")
    c("decrBy", "s:n", 3)
    c("incrByFloat", "s:n", 1.5)
    c("incrByFloat", "s:n", -0.25)
    c("incr", "s:b")
    c("incr", "s:a2")
    c("set", "s:t", "v")
    c("getEx", "s:t", {"EXAT": 4102444800})
    c("getEx", "s:t", {"PERSIST": True})
    c("mSet", {"s:m1": "1", "s:m2": "2"})
    c("mSet", [["s:m3", "3"], ["s:m4", "4"]])
    c("mGet", ["s:m1", "s:m3", "s:none"])
    c("mSetNX", {"s:m1": "x", "s:m9": "9"})
    c("mSetNX", {"s:m8": "8", "s:m9": "9"})
    c("setNX", "s:m1", "y")
    c("setNX", "s:nx", "y")
    c("setEx", "s:ex", 1000, "v")
    c("pSetEx", "s:px", 1000000, "v")
    c("setBit", "s:bits", 7, 1)
    c("setBit", "s:bits", 9, 1)
    c("getBit", "s:bits", 7)
    c("getBit", "s:bits", 8)
    c("bitCount", "s:bits")
    c("bitCount", "s:bits", {"start": 0, "end": 0})
    c("bitPos", "s:bits", 1)
    c("bitPos", "s:bits", 1, 1)
    c("set", "s:b1", "ab")
    c("set", "s:b2", "cd")
    c("bitOp", "AND", "s:band", ["s:b1", "s:b2"])
    c("get", "s:band")
    # keys
    c("exists", "s:b1")
    c("exists", ["s:b1", "s:b2", "s:none"])
    c("type", "s:b1")
    c("type", "s:none")
    c("expire", "s:b1", 1000)
    c("expire", "s:none", 10)
    c("expire", "s:b1", 10, "GT")
    c("expireAt", "s:b2", 4102444800)
    c("expireTime", "s:b2")
    c("expireTime", "s:m1")
    c("pExpireAt", "s:b2", 4102444800123)
    c("pExpireTime", "s:b2")
    c("pExpire", "s:m2", 100000000)
    c("persist", "s:m2")
    c("persist", "s:m2")
    c("ttl", "s:m2")
    c("ttl", "s:none")
    c("pTTL", "s:m2")
    c("pTTL", "s:none")
    c("copy", "s:m1", "s:copy")
    c("copy", "s:m1", "s:copy")
    c("copy", "s:m3", "s:copy", {"replace": True})
    c("get", "s:copy")
    c("rename", "s:copy", "s:renamed")
    c("renameNX", "s:renamed", "s:m1")
    c("renameNX", "s:renamed", "s:fresh")
    c("rename", "s:none", "s:x")
    c("touch", ["s:m1", "s:none"])
    c("del", "s:fresh")
    c("del", ["s:m3", "s:m4", "s:none"])
    c("unlink", "s:m9")
    # hashes
    c("hSet", "h:1", {"a": "1", "b": "2"})
    c("hSet", "h:1", "c", "3")
    c("hSet", "h:1", [["d", "4"]])
    c("hSet", "h:1", "n", 7)
    c("HSET", "h:1", "a", "10")
    c("hGet", "h:1", "a")
    c("hGet", "h:1", "zz")
    c("hGetAll", "h:1", mode="sort")
    c("hGetAll", "h:none")
    c("hmGet", "h:1", ["a", "zz", "c"])
    c("hExists", "h:1", "a")
    c("hExists", "h:1", "zz")
    c("hSetNX", "h:1", "a", "x")
    c("hSetNX", "h:1", "e", "5")
    c("hIncrBy", "h:1", "n", 3)
    c("hIncrByFloat", "h:1", "n", 0.5)
    c("hIncrBy", "h:1", "e2", -2)
    c("hLen", "h:1")
    c("hKeys", "h:1", mode="sort")
    c("hVals", "h:1", mode="sort")
    c("hStrLen", "h:1", "a")
    c("hDel", "h:1", "b")
    c("hDel", "h:1", ["c", "d", "zz"])
    c("hScan", "h:1", 0, mode="sort")
    c("hScan", "h:1", 0, {"MATCH": "e*", "COUNT": 100}, mode="sort")
    c("hSet", "h:one", "only", "1")
    c("hRandField", "h:one")
    c("hRandFieldCount", "h:one", 3)
    c("hRandFieldCountWithValues", "h:one", 2)
    c("hIncrBy", "s:b", "x", 1)
    # lists
    c("rPush", "l:1", "a")
    c("rPush", "l:1", ["b", "c", "d"])
    c("lPush", "l:1", "z")
    c("lPush", "l:1", ["y", "x"])
    c("lPushX", "l:none", "a")
    c("rPushX", "l:1", "e")
    c("lRange", "l:1", 0, -1)
    c("lLen", "l:1")
    c("lIndex", "l:1", 2)
    c("lIndex", "l:1", 99)
    c("lInsert", "l:1", "BEFORE", "a", "a0")
    c("lInsert", "l:1", "AFTER", "nope", "q")
    c("lSet", "l:1", 0, "X")
    c("lSet", "l:1", 99, "X")
    c("lPos", "l:1", "a")
    c("lPos", "l:1", "nope")
    c("rPush", "l:1", "a")
    c("lPos", "l:1", "a", {"RANK": 2})
    c("lPosCount", "l:1", "a", 0)
    c("lRem", "l:1", 1, "a")
    c("lPop", "l:1")
    c("rPop", "l:1")
    c("lPopCount", "l:1", 2)
    c("rPopCount", "l:1", 2)
    c("lPop", "l:none")
    c("lPopCount", "l:none", 2)
    c("lTrim", "l:1", 0, 1)
    c("lRange", "l:1", 0, -1)
    c("rPopLPush", "l:1", "l:2")
    c("lMove", "l:1", "l:2", "LEFT", "RIGHT")
    c("lMove", "l:1", "l:2", "LEFT", "RIGHT")
    c("rPush", "l:3", ["p", "q", "r"])
    c("lmPop", ["l:none", "l:3"], "LEFT")
    c("lmPop", ["l:3"], "RIGHT", {"COUNT": 5})
    c("lmPop", ["l:none"], "RIGHT")
    c("lRange", "l:2", 0, -1)
    # sets
    c("sAdd", "t:1", "a")
    c("sAdd", "t:1", ["b", "c", "a"])
    c("sAdd", "t:2", ["b", "c", "d"])
    c("sCard", "t:1")
    c("sMembers", "t:1", mode="sort")
    c("sIsMember", "t:1", "a")
    c("sIsMember", "t:1", "z")
    c("smIsMember", "t:1", ["a", "z"])
    c("sInter", ["t:1", "t:2"], mode="sort")
    c("sUnion", ["t:1", "t:2"], mode="sort")
    c("sDiff", ["t:1", "t:2"], mode="sort")
    c("sInterCard", ["t:1", "t:2"])
    c("sInterCard", ["t:1", "t:2"], 1)
    c("sInterStore", "t:i", ["t:1", "t:2"])
    c("sUnionStore", "t:u", ["t:1", "t:2"])
    c("sDiffStore", "t:d", ["t:1", "t:2"])
    c("sMembers", "t:u", mode="sort")
    c("sMove", "t:1", "t:3", "a")
    c("sMove", "t:1", "t:3", "zz")
    c("sRem", "t:2", ["d", "zz"])
    c("sScan", "t:2", 0, mode="sort")
    c("sAdd", "t:one", "only")
    c("sRandMember", "t:one")
    c("sRandMemberCount", "t:2", 5, mode="sort")
    c("sPop", "t:one")
    c("sPop", "t:one")
    c("sPop", "t:d", 3)
    c("sMembers", "t:none")
    c("sAdd", "s:b1", "x")
    # sorted sets
    c("zAdd", "z:1", {"score": 1, "value": "a"})
    c("zAdd", "z:1", [{"score": 2, "value": "b"}, {"score": 3, "value": "c"}, {"score": 4, "value": "d"}])
    c("zAdd", "z:1", {"score": 10, "value": "a"}, {"NX": True})
    c("zAdd", "z:1", {"score": 0.5, "value": "a"}, {"XX": True, "CH": True})
    c("zAdd", "z:1", {"score": 5, "value": "a"}, {"GT": True})
    c("ZADD", "z:2", [{"score": 1, "value": "b"}, {"score": 2, "value": "x"}])
    c("zIncrBy", "z:1", 2, "b")
    c("zIncrBy", "z:1", 0.25, "new")
    c("zScore", "z:1", "b")
    c("zScore", "z:1", "zz")
    c("zmScore", "z:1", ["a", "zz", "c"])
    c("zCard", "z:1")
    c("zCount", "z:1", 1, 4)
    c("zCount", "z:1", "-inf", "+inf")
    c("zRank", "z:1", "b")
    c("zRank", "z:1", "zz")
    c("zRevRank", "z:1", "b")
    c("zRange", "z:1", 0, -1)
    c("zRange", "z:1", 0, -1, {"REV": True})
    c("zRange", "z:1", 1, 4, {"BY": "SCORE"})
    c("zRange", "z:1", "+inf", "-inf", {"BY": "SCORE", "REV": True, "LIMIT": {"offset": 1, "count": 2}})
    c("zRangeWithScores", "z:1", 0, -1)
    c("zRangeWithScores", "z:1", 0, 1, {"REV": True})
    c("zRangeWithScores", "z:1", 2, 5, {"BY": "SCORE", "LIMIT": {"offset": 0, "count": 2}})
    c("zRangeByScore", "z:1", 1, 4)
    c("zRangeByScore", "z:1", "(1", "+inf", {"LIMIT": {"offset": 1, "count": 1}})
    c("zRangeByScoreWithScores", "z:1", "-inf", "+inf")
    c("zAdd", "z:lex", [{"score": 0, "value": v} for v in "abcde"])
    c("zRangeByLex", "z:lex", "[b", "(e")
    c("zRange", "z:lex", "[b", "[d", {"BY": "LEX", "REV": False})
    c("zRange", "z:lex", "[d", "[b", {"BY": "LEX", "REV": True})
    c("zLexCount", "z:lex", "-", "+")
    c("zRemRangeByLex", "z:lex", "[a", "[b")
    c("zRangeStore", "z:store", "z:1", 0, 1)
    c("zRange", "z:store", 0, -1)
    c("zUnion", ["z:1", "z:2"])
    c("zUnionWithScores", ["z:1", "z:2"], {"WEIGHTS": [1, 2], "AGGREGATE": "MAX"})
    c("zInter", ["z:1", "z:2"])
    c("zInterWithScores", ["z:1", "z:2"], {"AGGREGATE": "SUM"})
    c("zInterCard", ["z:1", "z:2"])
    c("zDiff", ["z:1", "z:2"])
    c("zDiffWithScores", ["z:1", "z:2"])
    c("zUnionStore", "z:u", ["z:1", "z:2"])
    c("zInterStore", "z:i", ["z:1", "z:2"], {"WEIGHTS": [2, 3]})
    c("zDiffStore", "z:d", ["z:1", "z:2"])
    c("zRangeWithScores", "z:i", 0, -1)
    c("zPopMin", "z:u")
    c("zPopMax", "z:u")
    c("zPopMinCount", "z:u", 2)
    c("zPopMaxCount", "z:u", 5)
    c("zPopMin", "z:u")
    c("zAdd", "z:m", [{"score": 1, "value": "p"}, {"score": 2, "value": "q"}])
    c("zmPop", ["z:none", "z:m"], "MIN")
    c("zmPop", ["z:m"], "MAX", {"COUNT": 3})
    c("zmPop", ["z:none"], "MAX")
    c("zAdd", "z:one", {"score": 7, "value": "only"})
    c("zRandMember", "z:one")
    c("zRandMemberCount", "z:one", 2)
    c("zRandMemberCountWithScores", "z:one", 2)
    c("zRem", "z:1", "new")
    c("zRem", "z:1", ["c", "zz"])
    c("zRemRangeByRank", "z:1", 0, 0)
    c("zRemRangeByScore", "z:1", "-inf", 2)
    c("zScan", "z:1", 0, mode="sort")
    c("zRangeWithScores", "z:1", 0, -1)
    c("zRangeWithScores", "z:none", 0, -1)
    c("zIncrBy", "s:b1", 1, "x")
    # streams
    c("xAdd", "x:1", "1-1", {"a": "1"})
    c("xAdd", "x:1", "2-0", {"b": "2", "c": "3"})
    c("xAdd", "x:1", "3-0", {"d": "4"})
    c("xAdd", "x:1", "1-0", {"old": "x"})
    c("xAdd", "x:1", "4-0", {"e": "5"}, {"TRIM": {"strategy": "MAXLEN", "threshold": 10}})
    c("xLen", "x:1")
    c("xRange", "x:1", "-", "+")
    c("xRange", "x:1", "2", "+", {"COUNT": 2})
    c("xRevRange", "x:1", "+", "-", {"COUNT": 2})
    c("xRead", {"key": "x:1", "id": "2-0"})
    c("xRead", [{"key": "x:1", "id": "0"}, {"key": "x:none", "id": "0"}], {"COUNT": 1})
    c("xRead", {"key": "x:none", "id": "0"})
    c("xDel", "x:1", "1-1")
    c("xDel", "x:1", ["2-0", "9-9"])
    c("xTrim", "x:1", "MAXLEN", 1)
    c("xRange", "x:1", "-", "+")
    c("xLen", "x:none")
    # HyperLogLog
    c("pfAdd", "p:1", ["a", "b", "c"])
    c("pfAdd", "p:1", "a")
    c("pfAdd", "p:2", ["c", "d"])
    c("pfCount", "p:1")
    c("pfMerge", "p:3", ["p:1", "p:2"])
    c("pfCount", ["p:1", "p:2"])
    # sort
    c("rPush", "o:ids", ["3", "1", "2"])
    c("mSet", {"o:w_1": "30", "o:w_2": "10", "o:w_3": "20", "o:n_1": "one", "o:n_2": "two", "o:n_3": "three"})
    c("sort", "o:ids")
    c("sort", "o:ids", {"DIRECTION": "DESC", "LIMIT": {"offset": 0, "count": 2}})
    c("sort", "o:ids", {"BY": "o:w_*", "GET": ["#", "o:n_*"]})
    c("sortRo", "o:ids", {"ALPHA": True})
    c("sortStore", "o:ids", "o:sorted", {"BY": "nosort"})
    c("lRange", "o:sorted", 0, -1)
    # multi
    s.append(["multi", [["set", ["m:a", "1"]], ["incr", ["m:a"]], ["zIncrBy", ["m:z", 1.5, "x"]],
                        ["hGetAll", ["m:none"]], ["sIsMember", ["m:s", "x"]]], None])
    s.append(["multi", [["set", ["m:b", "x"]], ["incr", ["m:b"]], ["get", ["m:b"]]], None])
    # server-ish
    c("ping")
    c("ping", "hi")
    c("echo", "hello")
    c("time", mode="types")
    c("keys", "t:*", mode="sort")
    c("scan", 0, {"MATCH": "z:*", "COUNT": 1000}, mode="sort")
    c("dbSize")
    c("flushDb")
    c("dbSize")
    c("set", "f:a", "1")
    c("flushAll")
    c("keys", "*")
    return s


SERVICE_V4 = """
const express = require('express');
const redis = require('redis');
const app = express();
const client = redis.createClient({ url: process.env.REDIS_URL });
client.connect();
const SCRIPT = %s;

// A reply as JSON that keeps its types: numbers, strings, booleans, null,
// undefined, buffers, arrays, and objects with their prototype.
function typed(v, mode) {
  if (v === undefined) return { undefined: true };
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return mode === 'types' ? typeof v : v;
  if (typeof v === 'number') return mode === 'types' ? 'number' : { number: String(v) };
  if (Buffer.isBuffer(v)) return { buffer: v.toString('hex') };
  if (Array.isArray(v)) {
    const items = v.map((x) => typed(x, mode));
    return mode === 'sort' ? items.map((x) => JSON.stringify(x)).sort().map((x) => JSON.parse(x)) : items;
  }
  const fields = {};
  for (const k of Object.keys(v)) fields[k] = typed(v[k], mode);
  const proto = Object.getPrototypeOf(v);
  return { object: fields, proto: proto === null ? null : proto.constructor.name };
}

function failure(e) {
  const out = { error: (e && e.constructor ? e.constructor.name : typeof e) + ': ' + (e && e.message) };
  if (e && e.replies) out.replies = typed(e.replies);
  return out;
}

function send(call) {
  if (call[0] !== 'multi') {
    if (typeof client[call[0]] !== 'function') return Promise.resolve('no such method');
    return client[call[0]](...call[1]);
  }
  let multi = client.multi();
  for (const [method, args] of call[1]) multi = multi[method](...args);
  return multi.exec();
}

app.get('/run/:from/:to', async (req, res) => {
  const calls = SCRIPT.slice(Number(req.params.from), Number(req.params.to));
  const out = [];
  for (const call of calls) {
    try {
      const reply = await send(call);
      out.push(typed(reply, call[2]));
    } catch (e) {
      out.push(failure(e));
    }
  }
  res.json(out);
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
"""


def service_v4(script):
    return SERVICE_V4 % json.dumps(script, indent=0)


# -- node-redis 3 -------------------------------------------------------------------

# Redis's own arguments for each call of the v4 script, as node-redis 4 makes them.
TO_ARGV = """
const script = JSON.parse(require('fs').readFileSync(0, 'utf8'));
function redisArgs(method, args) {
  const command = require('@redis/client/dist/lib/client/commands.js').default[method] ||
    require('@redis/client/dist/lib/cluster/commands.js').default[method];
  return command.transformArguments(...args);
}
const out = script.map(([method, args, mode]) => method === 'multi'
  ? ['multi', args.map(([m, a]) => redisArgs(m, a)), mode]
  : [redisArgs(method, args), mode]);
process.stdout.write(JSON.stringify(out));
"""

# node-redis 3 names that node-redis 4 has no method for.
V3_ONLY = [
    ["hmset", ["h3:1", "a", "1", "b", "2"], None],
    ["hmset", ["h3:1", {"c": "3"}], None],
    ["hgetall", ["h3:1"], "sort"],
    ["zadd", ["z3:1", "1", "a", "2", "b", "3", "c"], None],
    ["zrevrange", ["z3:1", "0", "-1", "WITHSCORES"], None],
    ["zrevrangebyscore", ["z3:1", "+inf", "2"], None],
    ["zrevrangebylex", ["z3:1", "+", "-"], None],
    ["send_command", ["get", ["s:b"]], None],
]


def v3_script(node):
    """The v4 script's calls through node-redis 3: each with Redis's own arguments."""
    import subprocess
    done = subprocess.run([node, "-e", TO_ARGV], input=json.dumps(v4_script()), capture_output=True, text=True,
                          check=True, cwd=str(NODE_DIR))
    script = []
    for call in json.loads(done.stdout):
        if call[0] == "multi":
            script.append(["multi", [[argv[0].lower(), argv[1:]] for argv in call[1]], call[2]])
        else:
            argv, mode = call
            script.append([argv[0].lower(), argv[1:], mode])
    return script[:-12] + V3_ONLY + script[-12:]


SERVICE_V3 = """
const express = require('express');
const redis = require('redis');
const app = express();
const client = redis.createClient({ url: process.env.REDIS_URL });
const SCRIPT = %s;

function failure(e) {
  return { error: e.constructor.name, message: e.message, code: e.code, command: e.command, args: e.args };
}

function typed(v, mode) {
  if (v === undefined) return { undefined: true };
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return mode === 'types' ? typeof v : v;
  if (typeof v === 'number') return mode === 'types' ? 'number' : { number: String(v) };
  if (v instanceof Error) return failure(v);
  if (Array.isArray(v)) {
    const items = v.map((x) => typed(x, mode));
    return mode === 'sort' ? items.map((x) => JSON.stringify(x)).sort().map((x) => JSON.parse(x)) : items;
  }
  const fields = {};
  for (const k of Object.keys(v)) fields[k] = typed(v[k], mode);
  const proto = Object.getPrototypeOf(v);
  return { object: fields, proto: proto === null ? null : proto.constructor.name };
}

app.get('/run/:from/:to', (req, res) => {
  const calls = SCRIPT.slice(Number(req.params.from), Number(req.params.to));
  const out = [];
  function step(i) {
    if (i === calls.length) {
      res.json(out);
      return;
    }
    const call = calls[i];
    const done = function (err, reply) {
      out.push(err ? failure(err) : typed(reply, call[2]));
      step(i + 1);
    };
    if (call[0] === 'multi') {
      let multi = client.multi();
      for (const queued of call[1]) multi = multi[queued[0]](...queued[1]);
      multi.exec(done);
    } else if (typeof client[call[0]] !== 'function') {
      out.push('no such method');
      step(i + 1);
    } else {
      client[call[0]](...call[1], done);
    }
  }
  step(0);
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
"""


def service_v3(script):
    return SERVICE_V3 % json.dumps(script, indent=0)


# -- ioredis ------------------------------------------------------------------------

# The v3 script (Redis's own arguments) through ioredis's promise API; a transaction's
# exec() gives [error, reply] pairs.
SERVICE_IOREDIS = (SERVICE_V4
                   .replace("const redis = require('redis');", "const Redis = require('ioredis');")
                   .replace("const client = redis.createClient({ url: process.env.REDIS_URL });\nclient.connect();",
                            "const client = new Redis(process.env.REDIS_URL);")
                   .replace("if (e && e.replies) out.replies = typed(e.replies);",
                            "if (e && e.command) out.command = e.command;"))


def service_ioredis(script):
    return SERVICE_IOREDIS % json.dumps(script, indent=0)


IOREDIS_ONLY = [
    ["mset", [{"io:a": "1", "io:b": 2}], None],
    ["hset", ["io:h", {"x": 1, "y": None}], None],
    ["hgetall", ["io:h"], None],
    ["hgetall", ["io:none"], None],
    ["mget", [["io:a", "io:b"], "io:c"], None],
    ["lpush", ["io:l", [1, 2], 3], None],
    ["lrange", ["io:l", 0, -1], None],
    ["incr", ["io:h"], None],
    ["multi", [["incr", ["io:n"]], ["hset", ["io:h2", {"k": "v"}]], ["lpush", ["io:h", "x"]]], None],
]
