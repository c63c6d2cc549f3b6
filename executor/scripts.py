"""The Lua scripts the executor runs in Redis, in one place (each says its KEYS and ARGV;
docs/executor.md). A script names every key it touches: on a Redis Cluster they are
one project's keys (executor/keys.py), so one hash slot."""


# -- the gateway (executor/gateway.py) -----------------------------------------------------

# KEYS: p:meta, the HTTP unit's queue, p:open, the queue's bell; ARGV: the message, the limit, its rid,
# the timeout (ms). 1: queued; 0: the limit is reached; the project's status when it is not running;
# nil: no project.
# The limit is on the project's requests in flight (queued anywhere, or running): a request
# waits in whichever unit's queue, so the HTTP queue alone would not bound them. p:open scores
# each request by its deadline on Redis's clock, the one clock the gateway and every node
# share: a node knows how long it has before the gateway may give up (node.py's TAKE). Nodes
# take a request out of p:open when they answer it; one given up on leaves it at its deadline.
PUSH_IF_RUNNING = """
local status = redis.call('HGET', KEYS[1], 'status')
if status ~= 'running' then return status end
local t = redis.call('TIME')
local now = t[1] * 1000 + math.floor(t[2] / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now)
if redis.call('ZCARD', KEYS[3]) >= tonumber(ARGV[2]) then return 0 end
redis.call('ZADD', KEYS[3], now + tonumber(ARGV[4]), ARGV[3])
redis.call('PEXPIRE', KEYS[3], ARGV[4])
redis.call('RPUSH', KEYS[2], ARGV[1])
redis.call('RPUSH', KEYS[4], '1')
return 1
"""
# A request given up on, what becomes of it (the 504 says which):
#   dropped    no node had taken it: out of its queue, it never runs;
#   discarded  a node has it and none of its effects is committed: that node finds it given up
#              on (p:givenup) when it would commit them, and discards them (node.py, effects.py);
#   started    a part of it is committed (p:rq:<rid> `begun`, or an answer): it runs to its end.
# Before its deadline on Redis's clock, nothing changes and the milliseconds left come back
# as a negative number: the gateway waits them out first.
# KEYS: the HTTP queue, p:open, p:replied:<rid>, p:givenup, p:rq:<rid>; ARGV: the message, its rid, the TTL (s).
GIVE_UP = """
local t = redis.call('TIME')
local now = t[1] * 1000 + math.floor(t[2] / 1000)
local due = tonumber(redis.call('ZSCORE', KEYS[2], ARGV[2]))
if due and now < due then return now - due end
local fate = 'discarded'
if redis.call('LREM', KEYS[1], 1, ARGV[1]) == 1 then
  fate = 'dropped'
elseif redis.call('EXISTS', KEYS[3]) == 1 or redis.call('HEXISTS', KEYS[5], 'begun') == 1 then
  fate = 'started'
end
if fate ~= 'started' then redis.call('ZREM', KEYS[2], ARGV[2]) end
redis.call('SET', KEYS[3], 'timeout', 'EX', ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', now - 1000 * tonumber(ARGV[3]))
redis.call('ZADD', KEYS[4], now, ARGV[2])
redis.call('EXPIRE', KEYS[4], ARGV[3])
return fate
"""


# -- a node's loop (executor/node.py) ------------------------------------------------------

HANDOVER = """
-- KEYS: place, moving; ARGV: unit, old node, new node
if redis.call('HGET', KEYS[1], ARGV[1]) ~= ARGV[2] then return 0 end
if redis.call('HGET', KEYS[2], ARGV[1]) ~= ARGV[3] then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
redis.call('HDEL', KEYS[2], ARGV[1])
return 1
"""

# KEYS: the queue, its bell, the node's processing list of the project, the project's files version,
# the unit's state, the requests given up on (keys.given_up), the requests in flight (keys.open_requests),
# place, moving, the project's timers' data (keys.timer_data), the project's meta.
# ARGV: how many to take, "1" to read the state, the unit, the node, the project's version as the node
# knows it ("" for none).
# Then, for units with state whose messages the batch may run within its own (runtime/run.js,
# runInline): KEYS each one's queue and state; ARGV each one's name.
# Returns "stale", taking nothing (the bell rings again while the queue holds messages), when the
# project's version is another one than the node knows: its view is behind a deployment, and would run
# the new version's messages with the old code. Otherwise {files version, state, [messages to run], [requests given up on], now, [deadlines],
# [per such unit, its state, or false unless it is placed on the node, not being moved, with
# nothing in its queue]}: a
# request the gateway answered 504 before it ran is not run; the others are in the node's
# processing list from now on, as "<unit>\n<message>". A timer's firing whose timer was cleared after it
# was queued (its ID#pending mark gone: FIRE_TIMERS) is dropped; not one redelivered (its mark may be gone
# with the effects it half committed: node.py replays it from its journal). Per message to run, its request's deadline
# when it is an HTTP request (ms on Redis's clock, `now` being that clock's time; the messages of
# its chain carry it as `dl`), or false. The bell keeps a token while the queue holds messages.
TAKE = """
if ARGV[5] ~= '' and redis.call('HGET', KEYS[11], 'version') ~= ARGV[5] then
  if redis.call('LLEN', KEYS[1]) > 0 and redis.call('LLEN', KEYS[2]) == 0 then redis.call('RPUSH', KEYS[2], '1') end
  return 'stale'
end
local taken = redis.call('LPOP', KEYS[1], tonumber(ARGV[1])) or {}
if redis.call('LLEN', KEYS[1]) == 0 then
  redis.call('DEL', KEYS[2])
elseif redis.call('LLEN', KEYS[2]) == 0 then
  redis.call('RPUSH', KEYS[2], '1')
end
local run, dropped, deadlines = {}, {}, {}
for _, m in ipairs(taken) do
  local given_up, deadline, cleared = false, false, false
  if string.find(m, '"k": "http"', 1, true) then
    local ok, message = pcall(cjson.decode, m)
    if ok and message.k == 'http' and type(message.rid) == 'string' then
      given_up = redis.call('ZSCORE', KEYS[6], message.rid) ~= false
      deadline = redis.call('ZSCORE', KEYS[7], message.rid) or 0  -- gone: past its deadline
    end
  elseif string.find(m, '"timer": "', 1, true) then
    local ok, message = pcall(cjson.decode, m)
    cleared = ok and type(message.timer) == 'string' and not message.redelivered
      and redis.call('HEXISTS', KEYS[10], message.timer .. '#pending') == 0
  end
  if given_up then
    table.insert(dropped, m)
  elseif not cleared then
    table.insert(run, m)
    table.insert(deadlines, deadline)
  end
end
for _, m in ipairs(run) do redis.call('RPUSH', KEYS[3], ARGV[3] .. '\\n' .. m) end
local state = false
if ARGV[2] == '1' then state = redis.call('GET', KEYS[5]) end
local inline = {}
for i = 6, #ARGV do
  local unit, queue, kept = ARGV[i], KEYS[10 + 2 * (i - 5)], KEYS[11 + 2 * (i - 5)]
  local free = redis.call('HGET', KEYS[8], unit) == ARGV[4] and redis.call('HEXISTS', KEYS[9], unit) == 0
  inline[i - 5] = free and redis.call('LLEN', queue) == 0 and redis.call('GET', kept) or false
end
local t = redis.call('TIME')
return {redis.call('GET', KEYS[4]) or false, state, run, dropped, t[1] * 1000 + math.floor(t[2] / 1000), deadlines,
        inline}
"""


# -- the timer clocks (executor/timers.py) -------------------------------------------------

# KEYS: p:timers, p:timerdata, then each timer's queue and that queue's bell; ARGV: now (ms), then the
# timers' ids, in the order of their queues in KEYS. A timer still due (another clock may have fired it)
# is fired: its message queued with a token in the bell, an interval due again after its period. An
# interval whose last firing has not run yet (its field ID#pending: when it was queued; the node running
# that message removes it) skips this one, as Node.js's event loop runs no second callback of an interval
# it is late for: firings queued behind a slow unit would run after the clearInterval their callback
# made. A firing that never runs (its message dropped) holds the interval back PENDING_MAX_MS at most.
# Every firing, a timeout's too, is marked pending until it runs: a clearTimeout or clearInterval made
# meanwhile (by the message running when the timer came due, or one queued before its firing) removes
# the mark, and TAKE drops the firing, as Node.js never runs a callback after its timer is cleared.
# Each firing of an interval is a message of its own: its id (the first field of the stored text,
# protocol.call_message) gets the firing's due time, so that what the firing makes (a setTimeout's id:
# the message's id and a count) differs from one firing to the next.
# Returns {how many fired, the project's next due time or false}.
PENDING_MAX_MS = 10_000
FIRE_TIMERS = """
local now = tonumber(ARGV[1])
local fired = 0
for i = 2, #ARGV do
  local member = ARGV[i]
  local score = redis.call('ZSCORE', KEYS[1], member)
  if score and tonumber(score) <= now then
    local ok, t = pcall(cjson.decode, redis.call('HGET', KEYS[2], member) or '')
    if ok and type(t) == 'table' and t.queue == KEYS[2 * i - 1] and type(t.message) == 'string' then
      local every = tonumber(t.repeat_ms)
      local repeats = every and every > 0
      local pending = repeats and tonumber(redis.call('HGET', KEYS[2], member .. '#pending'))
      if not (pending and now - pending < """ + str(PENDING_MAX_MS) + """) then
        local text = t.message
        if repeats then text = (string.gsub(text, '^{"id": "([^"]*)"', '{"id": "%1@' .. score .. '"', 1)) end
        redis.call('RPUSH', KEYS[2 * i - 1], text)
        redis.call('RPUSH', KEYS[2 * i], '1')
        fired = fired + 1
        redis.call('HSET', KEYS[2], member .. '#pending', now)
      end
      if repeats then
        redis.call('ZADD', KEYS[1], now + every, member)
      else
        redis.call('ZREM', KEYS[1], member)
        redis.call('HDEL', KEYS[2], member)
      end
    end
  end
end
local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return {fired, first[2] or false}
"""


# -- a message's effects (executor/effects.py) ---------------------------------------------

def journaled(script):
    """The script, writing its result into a message's journal in the same step: extra last
    KEYS: the journal; extra last ARGV: the step's field, the journal's TTL (seconds)."""
    return ("local function body()\n" + script + "\nend\nlocal result = body()\n"
            "redis.call('HSET', KEYS[#KEYS], ARGV[#ARGV - 1], cjson.encode({result}))\n"
            "redis.call('EXPIRE', KEYS[#KEYS], ARGV[#ARGV])\nreturn result\n")


# A branch of a Promise.all/allSettled/any/race reports to its join. KEYS: the join's
# hash. ARGV: index, "1"/"0" (fulfilled?), the encoded value. Returns nil while the
# join waits, else {"resolve"|"reject", encoded value} once (the join is deleted).
JOIN_PUT = """
local meta = redis.call('HGET', KEYS[1], 'meta')
if not meta then return nil end
if redis.call('HSETNX', KEYS[1], 'v' .. ARGV[1], ARGV[3]) == 0 then return nil end
redis.call('HSET', KEYS[1], 'ok' .. ARGV[1], ARGV[2])
local m = cjson.decode(meta)
local count = redis.call('HINCRBY', KEYS[1], 'count', 1)
local function values(wrap)
  local out = {}
  for i = 0, m.total - 1 do
    local v = redis.call('HGET', KEYS[1], 'v' .. i)
    local ok = redis.call('HGET', KEYS[1], 'ok' .. i)
    table.insert(out, wrap(v, ok == '1'))
  end
  return '[' .. table.concat(out, ',') .. ']'
end
local result = nil
if m.mode == 'all' then
  if ARGV[2] == '0' then result = {'reject', ARGV[3]}
  elseif count == m.total then result = {'resolve', values(function (v) return v end)} end
elseif m.mode == 'race' then
  result = {ARGV[2] == '1' and 'resolve' or 'reject', ARGV[3]}
elseif m.mode == 'allSettled' then
  if count == m.total then
    result = {'resolve', values(function (v, ok)
      if ok then return '{"status":"fulfilled","value":' .. v .. '}' end
      return '{"status":"rejected","reason":' .. v .. '}' end)}
  end
else
  if ARGV[2] == '1' then result = {'resolve', ARGV[3]}
  elseif count == m.total then
    result = {'reject', '{"$":"err","v":{"name":"AggregateError","message":"All promises were rejected","errors":' ..
              values(function (v) return v end) .. '}}'}
  end
end
if result then
  table.insert(result, redis.call('HGET', KEYS[1], result[1]))
  table.insert(result, m.unit)
  redis.call('DEL', KEYS[1])
end
return result
"""


# Promises several places hold (promise.js, "promises held in several places").
# KEYS: the promise's hash, its jobs list. ARGV: the job (JSON), the TTL. Returns
# nil while the promise is pending (the job waits in the list), else
# {state, encoded [state, value]}, or {"missing"}.
PROMISE_THEN = """
local state = redis.call('HGET', KEYS[1], 'state')
if not state then return {'missing'} end
local kept = redis.call('HGET', KEYS[1], 'kept') == '1'
if not kept then redis.call('EXPIRE', KEYS[1], ARGV[2]) end
if state == 'pending' then
  redis.call('RPUSH', KEYS[2], ARGV[1])
  if not kept then redis.call('EXPIRE', KEYS[2], ARGV[2]) end
  return nil
end
return {state, redis.call('HGET', KEYS[1], 'args')}
"""

# KEYS: the promise's hash, its jobs list. ARGV: state, encoded [state, value], TTL.
# The first settlement wins: returns {"run", job...} with the jobs to run then,
# {"settled"} for any later one, {"missing"} if the promise is gone.
PROMISE_SETTLE = """
local state = redis.call('HGET', KEYS[1], 'state')
if not state then return {'missing'} end
if state ~= 'pending' then return {'settled'} end
redis.call('HSET', KEYS[1], 'state', ARGV[1], 'args', ARGV[2])
if redis.call('HGET', KEYS[1], 'kept') ~= '1' then redis.call('EXPIRE', KEYS[1], ARGV[3]) end
local jobs = redis.call('LRANGE', KEYS[2], 0, -1)
redis.call('DEL', KEYS[2])
table.insert(jobs, 1, 'run')
return jobs
"""


RECORD_ERROR = """
-- KEYS: the errors hash, their ids (newest first); ARGV: id, record, how many to keep
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('LPUSH', KEYS[2], ARGV[1])
while redis.call('LLEN', KEYS[2]) > tonumber(ARGV[3]) do
  redis.call('HDEL', KEYS[1], redis.call('RPOP', KEYS[2]))
end
return 1
"""
FS_WRITE = """
-- KEYS: the file store hash; ARGV: path, base64 content, the store's limit in base64 characters
local total = #ARGV[2]
for _, path in ipairs(redis.call('HKEYS', KEYS[1])) do
  if path ~= ARGV[1] then total = total + redis.call('HSTRLEN', KEYS[1], path) end
end
if total > tonumber(ARGV[3]) then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
return 1
"""


# KEYS: p:meta; ARGV: main's version, the new status, why it stopped ("" when it runs).
# Main's outcome ends its deploy (executor/resume.py): only the version still deploying,
# only from `starting` (a deployer that gave up on main has set `stopped`).
MAIN_OUTCOME = """
if redis.call('HGET', KEYS[1], 'version') ~= ARGV[1] or redis.call('HGET', KEYS[1], 'status') ~= 'starting' then
  return 0
end
redis.call('HSET', KEYS[1], 'status', ARGV[2], 'deploy_phase', 'done')
if ARGV[3] ~= '' then redis.call('HSET', KEYS[1], 'stopped_reason', ARGV[3]) end
return 1
"""

# After a message of a request's chain that did not answer it: one message fewer in the
# chain (a "call"; the first, "http", was never counted). None left, not escaped and
# not answered: nothing can answer it any more, and the caller answers 500.
# KEYS: p:rq:<rid>, p:replied:<rid>; ARGV: -1 for a call (0 for http), ttl
REQUEST_DONE = """
local open = redis.call('HINCRBY', KEYS[1], 'open', ARGV[1])
redis.call('EXPIRE', KEYS[1], ARGV[2])
if open > 0 or redis.call('HGET', KEYS[1], 'escaped') then return 0 end
if redis.call('SET', KEYS[2], 'hung', 'NX', 'EX', ARGV[2]) then return 1 end
return 0
"""


# An answer: the request is answered (p:replied), one fewer in flight (p:open, gateway.py), and its
# reply goes to the gateway waiting for it. One script: four commands' worth of packing and parsing
# less for the node. KEYS: p:replied:<rid>, p:open, the gateway's replies. ARGV: rid, reply, TTL.
RESPOND = """
redis.call('SET', KEYS[1], 1, 'NX', 'EX', ARGV[3])
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('RPUSH', KEYS[3], ARGV[2])
redis.call('EXPIRE', KEYS[3], ARGV[3])
return 1
"""


# A message of a request near or past its deadline, none of the request's effects committed yet
# (but the messages that carried it on): given up on by the gateway already (0: its effects are
# discarded), or marked as begun (1: the gateway, giving up later, lets it run to its end).
# A message that only carries the request on marks nothing: the next one decides again.
# KEYS: p:givenup, p:rq:<rid>; ARGV: its rid, "1" to mark it begun, the TTL (s).
CLAIM_REQUEST = """
if redis.call('ZSCORE', KEYS[1], ARGV[1]) then return 0 end
if ARGV[2] == '1' then
  redis.call('HSET', KEYS[2], 'begun', 1)
  redis.call('EXPIRE', KEYS[2], ARGV[3])
end
return 1
"""


# Chained delivery (docs/executor.md, "Chained delivery"): a message to a unit this node runs
# goes straight into the node's processing list, to run right after the batch that posted it,
# when nothing of the unit waits in its queue (that would go first), the unit is placed here (or
# everywhere) and is not being moved, and the project runs; else it is queued as any other.
# KEYS: the unit's queue, its bell, the node's processing list, p:place, p:moving, p:meta, the
# files version, the unit's state. ARGV: unit, node, message, "1" to read the state.
# Returns {1, files version, state} when chained (read as TAKE reads them), {0} when queued.
CHAIN_POST = """
local place = redis.call('HGET', KEYS[4], ARGV[1])
if redis.call('LLEN', KEYS[1]) == 0 and (place == false or place == '*' or place == ARGV[2])
    and redis.call('HEXISTS', KEYS[5], ARGV[1]) == 0 and redis.call('HGET', KEYS[6], 'status') == 'running' then
  redis.call('RPUSH', KEYS[3], ARGV[1] .. '\\n' .. ARGV[3])
  local state = false
  if ARGV[4] == '1' then state = redis.call('GET', KEYS[8]) end
  return {1, redis.call('GET', KEYS[7]) or '0', state}
end
redis.call('RPUSH', KEYS[1], ARGV[3])
redis.call('RPUSH', KEYS[2], '1')
return {0}
"""


# -- the service's Redis commands (executor/kv.py) -----------------------------------------

# KEYS: the journal, the project's used-bytes key, then every key the calls name (declared: a Redis
# Cluster refuses a script that touches keys it was not given). ARGV: the calls (JSON lists), the plan (JSON: per
# command -1 not measured, -2 refused, n: measured, naming n keys: MEMORY USAGE of each before and
# after it), the journal's field. Returns the replies (JSON, tagged: `wire`), also kept in the field.
JOURNALED_CALLS = """
local calls, plan = cjson.decode(ARGV[1]), cjson.decode(ARGV[2])
local TWO53 = 9007199254740992
local function wire(v)
  local t = type(v)
  if t == 'string' then return v end
  if t == 'number' then return {i = string.format('%d', v)} end
  if t == 'boolean' then return {n = 1} end
  if v.ok then return {s = v.ok} end
  if v.err then return {e = v.err} end
  if v.exact then return {i = v.exact} end
  local list = {}
  for i, x in ipairs(v) do list[i] = wire(x) end
  return {a = list}
end
local raw, values = {}, {}
for i, call in ipairs(calls) do
  local v = redis.pcall(unpack(call))
  if type(v) == 'number' and (v >= TWO53 or v <= -TWO53) then
    local name = string.lower(call[1])
    if name == 'incr' or name == 'incrby' or name == 'decr' or name == 'decrby' then
      v = {exact = redis.call('GET', call[2])}
    elseif name == 'hincrby' then
      v = {exact = redis.call('HGET', call[2], call[3])}
    end
  end
  raw[i], values[i] = v, wire(v)
end
local grown, at = 0, 1
for _, step in ipairs(plan) do
  if step == -1 then
    at = at + 1
  elseif step >= 0 then
    for j = 0, step - 1 do grown = grown - (tonumber(raw[at + j]) or 0) end
    for j = step + 1, 2 * step do grown = grown + (tonumber(raw[at + j]) or 0) end
    at = at + 2 * step + 1
  end
end
if grown ~= 0 and KEYS[2] ~= '' and redis.call('INCRBY', KEYS[2], grown) < 0 then redis.call('SET', KEYS[2], 0) end
local text = cjson.encode(values)
redis.call('HSET', KEYS[1], ARGV[3], 'v:' .. ARGV[2] .. '\\n' .. text)
return text
"""
