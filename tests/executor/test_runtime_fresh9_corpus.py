"""Runtime bugs the ninth differential corpus (tests/services/fresh9-*, small services as
people write them today) found, each on a LocalService (two isolates: every message may run
in another isolate than the one before)."""
from tests.executor.runtime_harness import LocalService

HEAD = "const express = require('express');\nconst app = express();\napp.use(express.json());\n"
END = "\nmodule.exports = app;\n"


def service(code, **files):
    return LocalService({"app.js": HEAD + code + END, **files})


def test_a_hidden_data_field_defined_with_object_define_property_travels():
    """fresh9-warehouse: `Object.defineProperty(this, 'version', {value: 0, writable: true,
    enumerable: false})` in a singleton's constructor, bumped by its methods: not among JSON's
    keys, it must still travel, hidden, with its value (it arrived missing: `version` undefined)."""
    with service("""
class Inventory {
  constructor() {
    this.items = {};
    Object.defineProperty(this, 'version', { value: 0, writable: true, enumerable: false });
  }
  add(sku) { this.items[sku] = (this.items[sku] ?? 0) + 1; this.version++; }
}
const inventory = new Inventory();
const tags = Object.defineProperty({ n: 1 }, 'fixed', { value: 'kept' });
app.post('/add/:sku', (req, res) => {
  inventory.add(req.params.sku);
  res.json({ version: inventory.version, keys: Object.keys(inventory), fixed: tags.fixed,
             writable: Object.getOwnPropertyDescriptor(tags, 'fixed').writable });
});""") as svc:
        for n in (1, 2, 3):
            assert svc.request("POST", "/add/a").json() == {"version": n, "keys": ["items"], "fixed": "kept",
                                                            "writable": False}


def test_a_json_body_that_does_not_parse_is_a_syntax_error_as_body_parsers():
    """fresh9-library-loans: an error logger reads `err.name` of express.json()'s error: body-parser
    hands on JSON.parse's SyntaxError with http-errors' fields (it was a plain Error)."""
    with service("""
app.use((err, req, res, next) => {
  res.status(err.status).json({ name: err.name, syntax: err instanceof SyntaxError, keys: Object.keys(err),
                                type: err.type, body: err.body });
});""") as svc:
        for raw in ('{"isbn": ', 'nope'):
            answer = svc.request("POST", "/", headers={"content-type": "application/json"}, body=raw)
            assert answer.status == 400
            assert answer.json() == {"name": "SyntaxError", "syntax": True, "type": "entity.parse.failed", "body": raw,
                                     "keys": ["expose", "statusCode", "status", "body", "type"]}


def test_a_handler_main_made_runs_on_the_units_object_when_a_middleware_of_its_unit_calls_next():
    """fresh2-tickets-mvc, once its validate middleware joined the controller's group: `next()`
    into `controller.create` (a class-field arrow the router holds from main, its `this` main's
    controller) ran it in the middleware's message, on main's object: the writes were lost."""
    with service("""
class Counter {
  n = 0;
  bump = (req, res) => { this.n++; res.json({ n: this.n }); };
}
const counter = new Counter();
const guard = (req, res, next) => (counter.n >= 3 ? res.status(429).json({ n: counter.n }) : next());
app.post('/bump', guard, counter.bump);""") as svc:
        assert [svc.request("POST", "/bump").json() for _ in range(4)] == [{"n": 1}, {"n": 2}, {"n": 3}, {"n": 3}]


def test_a_private_method_handed_as_a_listener_travels_by_name():
    """fresh9-game-lobby: `this.on('join', this.#onJoin)` in an EventEmitter subclass's
    constructor: the deployment failed ('cannot carry the function #onJoin'); the private
    method travels as its class's, found on a blank instance."""
    with service("""
const { EventEmitter } = require('events');
class Lobby extends EventEmitter {
  players = [];
  constructor() { super(); this.on('join', this.#onJoin); }
  #onJoin(name) { this.players.push(name); }
  join(name) { this.emit('join', name); return this.players; }
}
const lobby = new Lobby();
app.post('/join/:name', (req, res) => res.json({ players: lobby.join(req.params.name), listeners: lobby.listenerCount('join') }));""") as svc:
        assert svc.request("POST", "/join/ana").json() == {"players": ["ana"], "listeners": 1}
        assert svc.request("POST", "/join/ben").json() == {"players": ["ana", "ben"], "listeners": 1}


def test_an_instance_of_a_class_extending_map_or_set_keeps_its_class_fields_and_entries():
    """fresh9-map-subclass: `class LRUCache extends Map` with a private counter and a getter,
    `class TagSet extends Set` with a class field: they travelled as plain Maps and Sets (the
    getter and the field undefined), and an overridden `get` must not run while encoding."""
    with service("""
class LRUCache extends Map {
  #hits = 0;
  constructor(limit, entries) { super(entries); this.limit = limit; }
  get(key) { this.#hits++; const v = super.get(key); super.delete(key); super.set(key, v); return v; }
  set(key, value) { super.delete(key); super.set(key, value); if (this.size > this.limit) super.delete(this.keys().next().value); return this; }
  get hits() { return this.#hits; }
}
class TagSet extends Set {
  rejected = 0;
  add(tag) { if (!/^[a-z]+$/.test(tag)) { this.rejected++; return this; } return super.add(tag); }
}
const cache = new LRUCache(2, [['a', 1]]);
const tags = new TagSet(['x']);
app.post('/put/:k', (req, res) => { cache.set(req.params.k, req.params.k.length); tags.add(req.params.k); res.end(); });
app.get('/get/:k', (req, res) => {
  const value = cache.get(req.params.k);
  res.json({ value, hits: cache.hits, keys: [...cache.keys()], isMap: cache instanceof Map, limit: cache.limit,
             tags: [...tags], rejected: tags.rejected, isSet: tags instanceof TagSet });
});""") as svc:
        svc.request("POST", "/put/b")
        svc.request("POST", "/put/C1")
        assert svc.request("GET", "/get/b").json() == {
            "value": 1, "hits": 1, "keys": ["C1", "b"], "isMap": True, "limit": 2, "tags": ["x", "b"], "rejected": 1,
            "isSet": True}
