"""Runtime bugs the fresh differential corpus (tests/services/fresh-*) found, each
on a LocalService (two isolates: every message may run in another isolate than
the one before, so values cross a serialization boundary between messages)."""
from tests.executor.runtime_harness import LocalService

HEAD = "const express = require('express');\nconst app = express();\napp.use(express.json());\n"
END = "\nmodule.exports = app;\n"


def service(code):
    return LocalService({"app.js": HEAD + code + END})


def test_a_throw_in_a_handler_of_another_unit_goes_to_the_error_middleware_with_its_class():
    """fresh-todo-class: a router's handler (its own unit, it writes state) throws an
    instance of the service's Error subclass; Express's Layer hands it to `next`,
    and the error middleware still sees its class."""
    with service("""
class HttpError extends Error {
  constructor(status, message) { super(message); this.status = status; }
}
const router = express.Router();
let calls = 0;
router.post('/', (req, res) => { calls++; throw new HttpError(400, 'invalid #' + calls); });
app.use('/api', router);
app.use((err, req, res, next) => {
  res.status(err instanceof HttpError ? err.status : 500)
     .json({ message: err.message, isError: err instanceof Error, keys: Object.keys(err) });
});""") as svc:
        svc.request("POST", "/api")
        answer = svc.request("POST", "/api")
        assert (answer.status, answer.json()) == (400, {"message": "invalid #2", "isError": True, "keys": ["status"]})


def test_a_listener_held_by_a_const_is_found_again_by_off():
    """fresh-emitter-orders: `const auditor = (line) => ...` added with on and removed
    with off in later messages: the emitter's copy and the binding are one function."""
    with service("""
const EventEmitter = require('events');
const bus = new EventEmitter();
const lines = [];
const auditor = (line) => lines.push(line);
app.post('/audit/:state', (req, res) => {
  if (req.params.state === 'on') bus.on('audit', auditor); else bus.off('audit', auditor);
  bus.emit('audit', req.params.state);
  res.json({ auditors: bus.listenerCount('audit'), lines });
});""") as svc:
        svc.request("POST", "/audit/on")
        svc.request("POST", "/audit/on")
        assert svc.request("POST", "/audit/off").json() == {"auditors": 1, "lines": ["on", "on", "on", "off"]}
        assert svc.request("POST", "/audit/off").json()["auditors"] == 0


def test_an_object_held_by_a_map_and_by_a_closure_variable_stays_one_object():
    """fresh-chat-rooms: a room is put in a Map and captured (a shared cell) by its
    once-listener; the listener's write must be seen through the Map."""
    with service("""
const EventEmitter = require('events');
const rooms = new Map();
function roomFor(name) {
  let room = rooms.get(name);
  if (!room) {
    room = new EventEmitter();
    room.once('message', (text) => { room.first = text; });
    rooms.set(name, room);
  }
  return room;
}
app.post('/rooms/:name/join', (req, res) => { roomFor(req.params.name); res.json({ rooms: rooms.size }); });
app.post('/rooms/:name/say/:text', (req, res) => {
  const room = rooms.get(req.params.name);
  room.emit('message', req.params.text);
  res.json({ first: room.first ?? null });
});""") as svc:
        svc.request("POST", "/rooms/general/join")
        assert svc.request("POST", "/rooms/general/say/hi").json() == {"first": "hi"}
        assert svc.request("POST", "/rooms/general/say/again").json() == {"first": "hi"}


def test_finish_listeners_of_a_response_run_after_it_with_the_response():
    """fresh-metrics: a middleware counts answers in res.on('finish'); the listener
    runs after the response went out, sees its status, and its writes last."""
    with service("""
const counts = {};
app.use((req, res, next) => {
  res.on('finish', () => {
    const key = `${req.method} ${req.route?.path ?? 'none'} ${res.statusCode}`;
    counts[key] = (counts[key] ?? 0) + 1;
  });
  next();
});
app.get('/hello/:name', (req, res) => res.send(`Hello ${req.params.name}`));
app.get('/counts', (req, res) => res.json(counts));""") as svc:
        assert svc.request("GET", "/hello/ann").text == "Hello ann"
        svc.request("GET", "/nothing")
        svc.request("GET", "/counts")
        assert svc.request("GET", "/counts").json() == {
            "GET /hello/:name 200": 1, "GET none 404": 1, "GET /counts 200": 1}


def test_an_async_function_without_await_settles_within_the_message():
    """fresh-allsettled: `async (email) => 'ok'` has nothing to split, but as V8's own async
    function its promise would settle on V8's queue, after the message has ended."""
    with service("""
const check = async (x) => x * 2;
async function validate(x) {
  if (x < 0) throw new RangeError('negative');
  return 'valid';
}
app.get('/double/:x', (req, res) => {
  Promise.allSettled([check(Number(req.params.x)), validate(Number(req.params.x))])
    .then((results) => res.json(results.map((r) => r.value ?? r.reason.message)));
});""") as svc:
        assert svc.request("GET", "/double/21").json() == [42, "valid"]
        assert svc.request("GET", "/double/-1").json() == [-2, "negative"]


def test_a_class_static_state_travels_with_its_unit():
    """fresh-bank-private, fresh-polls: a public static counter and a private static
    registry of instances, on three isolates so that messages of the unit change isolate."""
    code = HEAD + """
class Account {
  static opened = 0;
  static #registry = new Map();
  constructor(owner) { this.owner = owner; Account.opened += 1; }
  static open(owner) { const a = new Account(owner); Account.#registry.set(owner, a); return a; }
  static find(owner) { return Account.#registry.get(owner) ?? null; }
}
app.post('/open/:owner', (req, res) => {
  Account.open(req.params.owner);
  res.json({ opened: Account.opened, found: Account.find(req.params.owner) instanceof Account });
});
app.get('/find/:owner', (req, res) => res.json({ owner: Account.find(req.params.owner)?.owner ?? null }));
""" + END
    with LocalService({"app.js": code}, nodes=3) as svc:
        answers = [svc.request("POST", f"/open/{name}").json() for name in ("ann", "bob", "cid", "dee")]
        assert [a["opened"] for a in answers] == [1, 2, 3, 4] and all(a["found"] for a in answers)
        assert [svc.request("GET", f"/find/{n}").json()["owner"] for n in ("ann", "bob", "zed")] == ["ann", "bob", None]


def test_a_for_of_over_an_awaited_iterable_keeps_its_break_continue_and_return():
    with service("""
const load = (n) => new Promise((resolve) => setTimeout(() => resolve([1, 2, 3, 4, 5].slice(0, n)), 1));
async function pick(n) {
  const out = [];
  for (const x of await load(n)) {
    if (x === 2) continue;
    if (x === 5) return 'five';
    if (out.length === 2) break;
    out.push(x);
  }
  return out;
}
app.get('/pick/:n', async (req, res) => { res.json({ got: await pick(Number(req.params.n)) }); });""") as svc:
        assert svc.request("GET", "/pick/3").json() == {"got": [1, 3]}
        assert svc.request("GET", "/pick/5").json() == {"got": [1, 3]}
        assert svc.request("GET", "/pick/0").json() == {"got": []}


def test_effects_before_awaits_in_one_statement_keep_their_order():
    """fresh-async-pipeline, fresh-redis4-events: `res.status(201).json({ ..., x: await f() })`
    runs as in Node: what comes before each await first, once, then the await."""
    with service("""
let ticks = 0;
const slow = (v) => new Promise((resolve) => setTimeout(() => resolve(v + '@' + ticks), 1));
const step = (v) => v + '@' + (++ticks);
app.get('/order', async (req, res) => {
  res.status(201).json({ a: step('a'), b: await slow('b'), c: step('c'), d: await slow('d') });
});""") as svc:
        answer = svc.request("GET", "/order")
        assert (answer.status, answer.json()) == (201, {"a": "a@1", "b": "b@1", "c": "c@2", "d": "d@2"})
