"""The Redis key layout, in one place.

Global (each used alone: no script, and on a cluster no transaction, holds one with another key, so that
they may be on any shard of a Redis Cluster; docs/executor.md, "Redis Cluster"):
    flx:nodes                       hash  node name -> JSON {host, pid, started_ms}
    flx:node:<node>:alive           str   heartbeat, expires NODE_TTL_MS after the last beat
    flx:node:<node>:wake            list  anything pushed here wakes the node's loop at once
    flx:projects                    set   slugs of running projects
    flx:owners                      hash  slug -> its owner ("operator" for the command line,
                                          "user:<id>" for an IDE account): a deploy by anybody
                                          else is refused
    flx:control:alive               str   heartbeat of a control worker (queue `liquefy`)
    flx:timers                      zset  slug -> a time (ms) no later than the project's earliest timer
                                          (p:timers): which projects the timer clocks look at
                                          (executor/timers.py)
    flx:events                      pubsub channel: JSON events (moves, node joins, errors)
    flx:events:nodes                list  node joins and leaves (projects keep their own events)
    flx:m:<second>                  hash  counters of that second: per fluxion, stream, route, node
                                          (executor/metrics.py), expires after 3 minutes

Per project (p = flx:p:{<slug>}): the braces are a Redis Cluster hash tag, so every key of a
project is in one hash slot (one shard) and every script or transaction over a project's keys
is allowed on a cluster; projects spread over the shards. A request id is
"<slug>.<32 hex digits>[.<gateway>]": its keys are its project's, and a node carries out a
project's response only to that project's requests.
    p:meta                          hash  version, status (starting|running|stopped), entry, verify
                                          ("1": verify mode), and the deploy's phase (executor/resume.py):
                                          deploy_phase, deploy_keep, main_rid, main_queued_ms, stopped_reason
    p:open                          zset  the project's requests in flight (rid scored by its deadline,
                                          ms on Redis's clock): the gateway's admission limit
                                          (LIQUEFY_QUEUE_LIMIT), and when a node must ask before it commits
    p:deploying                     str   the lease of the process deploying (expires: a node then
                                          takes over the deploy)
    p:deploy-resume                 str   a node taking over a deploy left half-done (a lock)
    p:bundle:<version>              str   the compiled service (JSON)
    p:main                          str   what main left in module-level variables (serialized)
    p:units                         hash  unit id -> JSON {fluxions, vars, replicated}
    p:place                         hash  unit id -> node name ("*": any node)
    p:moving                        hash  unit id -> node it is being handed over to
    p:reply:<rid>                   list  the response to one request not sent by a gateway (main's
                                          end at deployment; expires)
    p:gw:<gateway>                  list  the responses to one gateway's requests of this project, each
                                          JSON with its rid; the gateway's listener of the project takes
                                          them (expires)
    p:replied:<rid>                 str   set once the request was answered ("timeout": given up on)
    p:givenup                       zset  the requests the gateway gave up on (rid scored by when): what
                                          the TAKE script checks (a script names every key it reads)
    p:timers                        zset  the project's timers: timer id scored by due time (ms)
    p:timerdata                     hash  timer id -> JSON {queue, message, repeat_ms}
                                          and ID#pending -> when a firing was queued, until it runs (a clear removes it: scripts.TAKE)
    p:q:<unit>                      list  the unit's message queue (RPUSH in; taken by the TAKE script
                                          of executor/node.py into a processing list, atomically)
    p:bell:<unit>                   list  a token pushed with each message into p:q:<unit>: what a node's
                                          BLPOP waits on (a message itself is never popped where a node
                                          that dies could lose it); emptied once the queue is
    p:nudge:<node>                  list  on a Redis Cluster, a token that wakes the node's waiter on this
                                          project's bells when the bells it must wait on changed
                                          (executor/bells.py)
    p:processing:<node>             list  "<unit>\n<message>" for each message of this project the node
                                          took and has not acknowledged, oldest first: the
                                          acknowledgement (LREM) is in the transaction that commits the
                                          message's effects. When the node stops beating another node puts
                                          them back, in order, at the head of their units' queues (and a
                                          node that starts again under the same name does so first)
    p:done:<msgid>                  hash  the journal of a message whose effects are committed in more than
                                          one step (its service's Redis commands, shared promises, joins):
                                          r (its result, so that a redelivery replays it instead of running
                                          it again), s<k> (step k committed, with its reply), deleted with
                                          the message's acknowledgement; expires after JOURNAL_TTL_S
    p:state:<unit>                  str   the unit's context or group state (serialized)
    p:files                         hash  path -> base64 content (the file store)
    p:filesver                      str   incremented on each write to the file store
    p:kv:<key>                      any   the service's own keys (its `redis` module)
    p:kvused                        str   bytes its keys take (MEMORY USAGE), kept by every write
    p:kvused:counted                str   set for RECOUNT_S seconds after its keys were measured again
    p:log                           list  console output and errors, newest first (capped)
    p:errors                        hash  error id -> JSON record (the newest ERROR_LIMIT)
    p:errors:ids                    list  their ids, newest first
    p:frames                        list  one metrics frame (JSON) per second, the last 15 minutes
    p:events                        list  moves, node joins and leaves, errors, balancing decisions
    p:balancer                      str   "on" when the project's automatic balancer runs
    p:loadruns                      hash  load generator run id -> JSON plan and summary
    p:load:<run>                    list  that run's results, one JSON entry per second
    p:load:<run>:cancel             str   set to end that run early
    p:join:<id>                     hash  a Promise.all (or allSettled, any, race) waiting for branches
                                          settled in other messages: meta, resolve, reject, v<i>, ok<i>
    p:promise:<id>                  hash  a pending promise several places hold: state (pending,
                                          fulfilled, rejected), args (the encoded [state, value])
    p:promise:<id>:jobs             list  its reactions waiting for it (JSON {fn, fulfilled, rejected})
                                          Both expire PROMISE_TTL_S after their last use unless a unit's
                                          state or main's snapshot holds the promise.
    p:rq:<rid>                      hash  a request's chain: open (its messages queued, running or
                                          waiting as timers), escaped (1: its `res` went elsewhere, not
                                          counted), begun (1: more than its passing on is committed: a
                                          504 lets it run to its end); expires REPLY_TTL_S after its last message
"""
import re
import uuid

NODE_TTL_MS = 3000
NODES = "flx:nodes"
PROJECTS = "flx:projects"
OWNERS = "flx:owners"
OPERATOR = "operator"  # who deploys from the command line (manage.py deploy)
TIMER_INDEX = "flx:timers"
EVENTS = "flx:events"
LOG_LIMIT = 1000
ERROR_LIMIT = 1000
REPLY_TTL_S = 120
JOIN_TTL_S = 24 * 3600
PROMISE_TTL_S = 24 * 3600
JOURNAL_TTL_S = 24 * 3600
METRICS_SECOND_TTL_S = 180
EVENT_LIMIT = 500
GLOBAL_EVENTS = "flx:events:nodes"
CONTROL_ALIVE = "flx:control:alive"

SLUG_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]{0,62}")  # a service's name: also a part of its keys
# a request id: the project, a random part, and for a gateway's request the gateway's id
# (its replies go to that gateway's one list: gateway_replies)
RID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]*\.[0-9a-f]{32}(\.[0-9a-f]{16})?")

HTTP_UNIT = "__http"
MAIN_UNIT = "__main"


def alive(node):
    return f"flx:node:{node}:alive"


def wake(node):
    return f"flx:node:{node}:wake"


def request_id(slug, gateway=None):
    return f"{slug}.{uuid.uuid4().hex}" + (f".{gateway}" if gateway else "")


def owns_request(slug, rid):
    return isinstance(rid, str) and rid.startswith(slug + ".") and RID_PATTERN.fullmatch(rid) is not None


def reply(rid):
    """Where the answer to `rid` goes: its gateway's list of the project, or a list of its own."""
    parts = rid.split(".")
    return gateway_replies(parts[0], parts[2]) if len(parts) == 3 else f"{project(parts[0])}:reply:{rid}"


def gateway_replies(slug, gateway):
    return f"{project(slug)}:gw:{gateway}"


def replied(rid):
    return f"{project(slug_of(rid))}:replied:{rid}"


def metrics_second(second):
    return f"flx:m:{second}"


def given_up(slug):
    return f"{project(slug)}:givenup"


def project(slug):
    return f"flx:p:{{{slug}}}"


def meta(slug):
    return f"flx:p:{{{slug}}}:meta"


def open_requests(slug):
    return f"flx:p:{{{slug}}}:open"


def slug_of(rid):
    """"shop.<hex>[.<gateway>]" -> "shop"."""
    return rid.split(".", 1)[0]


def deploying(slug):
    return f"flx:p:{{{slug}}}:deploying"


def deploy_resume_lock(slug):
    return f"flx:p:{{{slug}}}:deploy-resume"


def bundle(slug, version):
    return f"flx:p:{{{slug}}}:bundle:{version}"


def main(slug):
    return f"flx:p:{{{slug}}}:main"


def units(slug):
    return f"flx:p:{{{slug}}}:units"


def place(slug):
    return f"flx:p:{{{slug}}}:place"


def moving(slug):
    return f"flx:p:{{{slug}}}:moving"


def queue(slug, unit):
    return f"flx:p:{{{slug}}}:q:{unit}"


def bell(slug, unit):
    return f"flx:p:{{{slug}}}:bell:{unit}"


def nudge(slug, node):
    return f"flx:p:{{{slug}}}:nudge:{node}"


def processing(slug, node):
    return f"flx:p:{{{slug}}}:processing:{node}"


def journal(slug, message_id):
    return f"flx:p:{{{slug}}}:done:{message_id}"


def state(slug, unit):
    return f"flx:p:{{{slug}}}:state:{unit}"


def files(slug):
    return f"flx:p:{{{slug}}}:files"


def files_version(slug):
    return f"flx:p:{{{slug}}}:filesver"


def kv_prefix(slug):
    return f"flx:p:{{{slug}}}:kv:"


def kv_used(slug):
    return f"flx:p:{{{slug}}}:kvused"


def kv_counted(used_key):
    """Set while the keys counted in `used_key` (kv_used) were measured again lately."""
    return used_key + ":counted"


def log(slug):
    return f"flx:p:{{{slug}}}:log"


def errors(slug):
    return f"flx:p:{{{slug}}}:errors"


def error_ids(slug):
    return f"flx:p:{{{slug}}}:errors:ids"


def timers(slug):
    return f"{project(slug)}:timers"


def timer_data(slug):
    return f"{project(slug)}:timerdata"


def timer_pending(timer_id):
    """The field of p:timerdata marking a timer's firing not run yet (scripts.FIRE_TIMERS, TAKE)."""
    return f"{timer_id}#pending"


def request(slug, rid):
    return f"flx:p:{{{slug}}}:rq:{rid}"


def join(slug, join_id):
    return f"flx:p:{{{slug}}}:join:{join_id}"


def promise(slug, promise_id):
    return f"flx:p:{{{slug}}}:promise:{promise_id}"


def promise_jobs(slug, promise_id):
    return f"flx:p:{{{slug}}}:promise:{promise_id}:jobs"


def frames(slug):
    return f"flx:p:{{{slug}}}:frames"


def events(slug):
    return f"flx:p:{{{slug}}}:events"


def balancer(slug):
    return f"flx:p:{{{slug}}}:balancer"


def load_runs(slug):
    return f"flx:p:{{{slug}}}:loadruns"


def load_run(slug, run_id):
    return f"flx:p:{{{slug}}}:load:{run_id}"


def load_cancel(slug, run_id):
    return f"flx:p:{{{slug}}}:load:{run_id}:cancel"


def queue_parts(queue):
    """"flx:p:{<slug>}:q:<unit>" -> (slug, unit)."""
    rest = queue[len("flx:p:{"):]
    slug, unit = rest.split("}:q:", 1)
    return slug, unit


def slug_of_key(key):
    """"flx:p:{<slug>}:..." -> slug."""
    return key[key.index("{") + 1:key.index("}")]
