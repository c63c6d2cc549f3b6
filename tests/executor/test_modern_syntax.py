"""ES2018-ES2023 syntax run by the runtime, each message in the next isolate (values
cross a serialization boundary between any two): private fields of instances kept
in state, async generators, functions declared in inner blocks."""
import pytest

from executor.api import DeployError
from executor.deploy import build
from tests.executor.runtime_harness import LocalService

HEAD = "var express = require('express');\nvar fs = require('fs');\nvar app = express();\n"
TAIL = "\nmodule.exports = app;\n"

PRIVATE = HEAD + """
let made = 0;
class Base {
  #id;
  static #count = 0;
  tag = 'base';
  constructor(id) { made += 1; this.#id = id; }
  get id() { return this.#id; }
  static isBase(o) { return #id in o; }
}
class Tally extends Base {
  #counts = new Map();
  #log = [];
  total = 0;
  constructor() { super('t' + made); }
  #bump(k) { this.#counts.set(k, (this.#counts.get(k) ?? 0) + 1); }
  add(k) { this.#bump(k); this.#log.push(k); this.total += 1; return this; }
  view() { return { id: this.id, counts: Object.fromEntries(this.#counts), log: this.#log, total: this.total,
                    tag: this.tag, isBase: Base.isBase(this), made, same: this.#log === this.#log }; }
}
const tally = new Tally();
app.post('/add/:k', function (req, res) { tally.add(req.params.k); res.json(tally.view()); });
app.get('/view', function (req, res) { res.json(tally.view()); });
""" + TAIL


def test_private_fields_of_an_instance_in_state_survive_every_message():
    svc = LocalService({"app.js": PRIVATE})
    svc.request("POST", "/add/a")
    svc.request("POST", "/add/b")
    svc.request("POST", "/add/a")
    assert svc.request("GET", "/view").json() == {
        "id": "t0", "counts": {"a": 2, "b": 1}, "log": ["a", "b", "a"], "total": 3, "tag": "base",
        "isBase": True, "made": 1, "same": True}


def test_restoring_an_instance_runs_no_constructor_or_initialiser_of_the_program():
    svc = LocalService({"app.js": PRIVATE})
    for _ in range(3):
        svc.request("POST", "/add/x")
    assert svc.request("GET", "/view").json()["made"] == 1


CYCLE = HEAD + """
class Ring {
  #next = null;
  #value;
  constructor(v) { this.#value = v; }
  link(n) { this.#next = n; return n; }
  values(k) { const out = []; let n = this; for (let i = 0; i < k; i++) { out.push(n.#value); n = n.#next; } return out; }
}
const first = new Ring(1);
first.link(new Ring(2)).link(first);
let steps = 0;
app.get('/walk', function (req, res) { steps += 1; res.json({ steps, values: first.values(5) }); });
""" + TAIL


def test_private_fields_holding_a_cycle_are_restored():
    """`#next` of the second ring points back at the first: the cycle survives a trip."""
    svc = LocalService({"app.js": CYCLE})
    assert svc.request("GET", "/walk").json() == {"steps": 1, "values": [1, 2, 1, 2, 1]}
    assert svc.request("GET", "/walk").json() == {"steps": 2, "values": [1, 2, 1, 2, 1]}


BRAND_ONLY = HEAD + """
class Greeter {
  names = [];
  #format(n) { return `<${n}>`; }
  add(n) { this.names.push(this.#format(n)); return this.names; }
}
const greeter = new Greeter();
app.post('/:n', function (req, res) { res.json(greeter.add(req.params.n)); });
""" + TAIL


def test_an_instance_of_a_class_with_only_private_methods_keeps_its_brand():
    svc = LocalService({"app.js": BRAND_ONLY})
    svc.request("POST", "/a")
    assert svc.request("POST", "/b").json() == ["<a>", "<b>"]


CALLBACK_WITH_PRIVATE = HEAD + """
class Cache {
  #text = '';
  #loads = 0;
  load(done) { fs.readFile(__filename, 'utf8', (err, text) => { this.#text = text; this.#loads++; done(); }); }
  get size() { return [this.#text.length > 0, this.#loads]; }
}
const cache = new Cache();
app.get('/', function (req, res) { cache.load(function () { res.json(cache.size); }); });
""" + TAIL


def test_a_callback_fluxion_using_private_names_runs_outside_its_class():
    svc = LocalService({"app.js": CALLBACK_WITH_PRIVATE})
    assert svc.request("GET", "/").json() == [True, 1]
    assert svc.request("GET", "/").json() == [True, 2]


OPTIONAL_PRIVATE = HEAD + """
class Cache {
  #text = '';
  load(done) { fs.readFile(__filename, 'utf8', (err, text) => { this?.#text; done(); }); }
}
const cache = new Cache();
app.get('/', function (req, res) { cache.load(function () { res.send('ok'); }); });
""" + TAIL


def test_a_callback_fluxion_with_an_optional_private_access_is_refused_with_its_position():
    with pytest.raises(DeployError) as info:
        build("x", {"app.js": OPTIONAL_PRIVATE.encode()})
    assert (info.value.file, info.value.line) == ("app.js", 7)
    assert "private" in info.value.message


GENERATORS = HEAD + """
async function* numbered(items) {
  for (const [i, item] of items.entries()) yield `${i + 1}:${item}`;
}
app.get('/for-await', async (req, res) => {
  const out = [];
  for await (const line of numbered(['a', 'b'])) out.push(line);
  for await (const x of [Promise.resolve('p'), 'plain']) out.push(x);
  res.json(out);
});
app.get('/next', async (req, res) => {
  const it = numbered(['only']);
  const first = await it.next();
  res.json(first);
});
app.get('/nested', async (req, res, next) => {
  try {
    async function* twice(x) { yield x; yield x; }
    function label(v) { return '<' + v + '>'; }
    const out = [];
    for await (const v of twice(req.query.v ?? 'none')) out.push(label(v));
    res.json(out);
  } catch {
    next(new Error('unreachable'));
  }
});
""" + TAIL


@pytest.mark.parametrize("path,expected", [
    ("/for-await", ["1:a", "2:b", "p", "plain"]),
    ("/next", {"value": "1:only", "done": False}),
    ("/nested?v=q", ["<q>", "<q>"]),
])
def test_async_generators_and_for_await(path, expected):
    answer = LocalService({"app.js": GENERATORS}).request("GET", path)
    assert answer is not None and answer.json() == expected


OBJECT_METHODS = HEAD + """
let hits = 0;
const handlers = {
  list(req, res) { hits += 1; setTimeout(() => res.send('list ' + hits), 1); },
  async 'two'(req, res) { res.send(await Promise.resolve('two ' + hits)); },
};
const util = { greet(n) { return 'hi ' + n; }, *count() { yield 1; yield 2; } };
app.get('/list', handlers.list);
app.get('/two', handlers.two);
app.get('/util', (req, res) => { res.send(util.greet('x') + [...util.count()].join()); });
""" + TAIL


def test_object_literal_methods_run_as_handlers_and_travel():
    """Shorthand methods are rebuilt on any node (from a one-property object literal)."""
    svc = LocalService({"app.js": OBJECT_METHODS})
    assert [svc.request("GET", p).text for p in ("/list", "/list", "/two", "/util")] == \
        ["list 1", "list 2", "two 2", "hi x1,2"]
