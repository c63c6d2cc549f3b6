"""Generator objects kept in state travel as the call that made them and the calls that advanced
them, replayed where they arrive; one that cannot be replayed refuses to travel with its reason.
On a LocalService: each message runs in another isolate than the one before."""
from tests.executor.runtime_harness import LocalService

HEAD = "const express = require('express');\nconst app = express();\n"
END = "\nmodule.exports = app;\n"


def service(code):
    return LocalService({"app.js": HEAD + code + END})


def test_a_generator_advanced_with_values_goes_on_where_it_was():
    with service("""
function* sequence(start = 1) {
  let n = start;
  while (true) {
    const reset = yield n++;
    if (reset) n = start;
  }
}
const seq = sequence(100);
app.get('/next', (req, res) => res.json({ value: seq.next(req.query.reset === '1').value, gen: seq instanceof sequence }));
""") as svc:
        values = [svc.request("GET", path).json()["value"] for path in ["/next", "/next", "/next", "/next?reset=1", "/next"]]
        assert values == [100, 101, 102, 100, 101]
        assert svc.request("GET", "/next").json() == {"value": 102, "gen": True}


def test_for_of_with_break_closes_it_and_spread_takes_the_rest():
    with service("""
function* deck(cards) {
  for (const c of cards.split('')) yield c;
}
function* serials(prefix) {
  let n = 0;
  while (true) yield `${prefix}-${String(++n).padStart(3, '0')}`;
}
const cards = deck('AKQJT9');
const ids = serials('ord');
app.get('/draw', (req, res) => res.json(cards.next()));
app.get('/rest', (req, res) => res.json([...cards]));
app.post('/ids/:n', (req, res) => {
  const out = [];
  for (const id of ids) {
    out.push(id);
    if (out.length >= Number(req.params.n)) break;
  }
  res.json(out);
});
""") as svc:
        assert svc.request("GET", "/draw").json() == {"value": "A", "done": False}
        assert svc.request("GET", "/draw").json() == {"value": "K", "done": False}
        assert svc.request("GET", "/rest").json() == ["Q", "J", "T", "9"]
        assert svc.request("GET", "/draw").json() == {"done": True}
        assert svc.request("POST", "/ids/2").json() == ["ord-001", "ord-002"]
        assert svc.request("POST", "/ids/2").json() == []  # the break closed it, as in Node.js


def test_a_generator_function_expression_keeps_what_its_names_refer_to():
    with service("""
const count = 3;
const makers = { count: function* () { let i = 0; while (i < count) yield i++; } };
const tally = function* () { let n = 0; while (true) n += (yield n) ?? 1; };
const it = makers.count();
const sum = tally();
app.get('/c', (req, res) => res.json(it.next()));
app.get('/sum/:n', (req, res) => res.json({ total: sum.next(Number(req.params.n)).value, name: tally.name }));
""") as svc:
        assert [svc.request("GET", "/c").json() for _ in range(4)] == [
            {"value": 0, "done": False}, {"value": 1, "done": False}, {"value": 2, "done": False}, {"done": True}]
        assert [svc.request("GET", f"/sum/{n}").json()["total"] for n in (5, 2, 10)] == [0, 2, 12]
        assert svc.request("GET", "/sum/0").json() == {"total": 12, "name": "tally"}


def test_a_generator_in_a_map_made_in_a_handler():
    with service("""
function* counter(from) { let n = from; while (true) n = (yield n) ?? n + 1; }
const counters = new Map();
app.post('/c/:name', (req, res) => {
  if (!counters.has(req.params.name)) counters.set(req.params.name, counter(Number(req.query.from) || 0));
  const to = req.query.to === undefined ? undefined : Number(req.query.to);
  res.json(counters.get(req.params.name).next(to).value);
});
""") as svc:
        got = [svc.request("POST", p).json() for p in ["/c/a?from=5", "/c/a", "/c/b", "/c/a?to=50", "/c/a", "/c/b"]]
        assert got == [5, 6, 0, 50, 51, 1]


def test_a_generator_reading_state_outside_it_makes_the_service_run_whole_with_its_reason():
    code = """
let step = 2;
function* ticks() { let t = 0; while (true) yield t += step; }
const clock = ticks();
app.get('/tick', (req, res) => res.json(clock.next().value));
app.post('/step/:n', (req, res) => { step = Number(req.params.n); res.end(); });
"""
    with service(code) as svc:  # main's values cannot be written: the service runs whole, live, saying why
        main = [e for e in svc.emitted if e.get("op") == "main"][0]
        ticks = [svc.request("GET", "/tick").json() for _ in range(2)]
        svc.request("POST", "/step/5")
        ticks.append(svc.request("GET", "/tick").json())
    assert "cannot carry the generator object made by ticks between messages: " \
           "it reads `step`, a variable outside it (app.js:5)" in main["whole"]
    assert ticks == [2, 4, 9]


def test_a_generator_made_with_an_object_keeps_its_unit_live():
    with service("""
function* roundRobin(items) { let i = 0; while (true) yield items[i++ % items.length]; }
const servers = ['a', 'b'];
let picker = null;
app.post('/start', (req, res) => { picker = roundRobin(servers); res.end(); });
app.get('/pick', (req, res) => res.json(picker.next().value));
""") as svc:
        # it cannot travel (docs/analyzer.md, Generators): its unit stays in one isolate, as under Node.js
        assert svc.request("POST", "/start").status == 200
        assert [svc.request("GET", "/pick").json() for _ in range(3)] == ["a", "b", "a"]
        assert svc.pinned


def test_a_builtin_iterator_kept_in_state_keeps_its_unit_live():
    with service("""
const names = new Map([['a', 1], ['b', 2]]);
let it = null;
app.post('/start', (req, res) => { it = names.keys(); res.end(); });
app.get('/name', (req, res) => { const { value } = it.next(); res.json(value ?? null); });
""") as svc:
        assert svc.request("POST", "/start").status == 200
        assert [svc.request("GET", "/name").json() for _ in range(3)] == ["a", "b", None]
        assert svc.pinned
