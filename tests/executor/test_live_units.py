"""Units kept live (runtime/core.js, liveUnits): a unit whose state holds what cannot travel
(a function a package made, whose closure holds its state; an instance of a class its package
does not export) keeps its variables live in the isolate of one node. It is pinned there: a
move is refused with the reason, the balancer never picks it, and where that isolate is gone
(its node stopped) its messages fail saying so instead of answering from a state made again.
docs/executor.md, "Units kept live"."""
import json
import os
import time

import httpx
import pytest
import redis

from executor import api, keys
from executor.balancer import Balancer
from executor.errors import PlacementError
from executor.node import ProjectView
from tests.executor.runtime_harness import LocalService
from tests.support.nodejs import SERVICES
from tests.support.stack import LiquefyStack

pytestmark = [pytest.mark.executor]

MEMO = {
    "node_modules/memo/package.json": json.dumps({"name": "memo", "version": "1.0.0"}),
    "node_modules/memo/index.js": """
exports.once = function (fn) {
  var done = false, result;
  return function () { if (!done) { done = true; result = fn(); } return result; };
};
class Hidden { constructor(n) { this.n = n; } twice() { return this.n * 2; } }
exports.make = function (n) { return new Hidden(n); };
""",
}

APP = """
const express = require('express');
const memo = require('memo');
const app = express();
app.use(express.json());
const settings = {};
const seed = memo.once(() => { settings.theme = 'light'; });
let hits = 0;
let last = null;
app.get('/hit', (req, res) => { hits += 1; res.json({ hits }); });
app.post('/made/:n', (req, res) => { last = memo.make(Number(req.params.n)); res.json({ twice: last.twice() }); });
app.get('/made', (req, res) => res.json({ twice: last.twice() }));
app.use((req, res, next) => { seed(); next(); });
app.get('/settings', (req, res) => res.json(settings));
app.put('/settings', (req, res) => { settings.theme = req.body.theme; res.json(settings); });
module.exports = app;
"""

SERVICE = dict(MEMO, **{"app.js": APP})
NODES = ["live1", "live2"]


@pytest.fixture(scope="module")
def stack():
    with LiquefyStack(nodes=NODES) as s:
        yield s


def unit_with(slug, fluxion_part):
    return next((u, info) for u, info in api.placement(slug).items()
                if any(fluxion_part in f for f in info["fluxions"]))


def get(stack, slug, path, method="GET", body=None):
    return httpx.request(method, stack.url(slug, path), json=body, timeout=20)


def test_a_unit_found_live_at_deployment_is_pinned_and_a_move_is_refused_with_the_reason(stack):
    stack.deploy("live-pin", SERVICE)
    unit, info = unit_with("live-pin", "settings")
    assert info["pinned"], info
    assert any("`seed`" in why and "package 'memo'" in why for why in info["pinned"]), info["pinned"]
    other = next(n for n in NODES if n != info["node"])
    with pytest.raises(PlacementError, match=r"cannot move: it is kept live on node .*`seed`"):
        api.place("live-pin", unit, other)
    with pytest.raises(PlacementError, match="cannot move"):
        api.place("live-pin", unit, "*")
    assert api.placement("live-pin")[unit]["node"] == info["node"]
    assert any(f"unit {unit} is kept live on node {info['node']}" in e["text"] for e in api.logs("live-pin"))
    assert get(stack, "live-pin", "/settings").json() == {"theme": "light"}
    assert get(stack, "live-pin", "/settings", "PUT", {"theme": "dark"}).json() == {"theme": "dark"}
    assert get(stack, "live-pin", "/settings").json() == {"theme": "dark"}  # seeded once, as in Node.js

    hits, hits_info = unit_with("live-pin", "hit")  # a unit whose state travels still moves
    assert not hits_info["pinned"]
    target = next(n for n in NODES if n != hits_info["node"])
    assert api.place("live-pin", hits, target)["to"] == target
    assert [get(stack, "live-pin", "/hit").json()["hits"] for _ in range(2)] == [1, 2]


def test_a_unit_found_live_by_a_message_is_pinned_from_then_on(stack):
    """`last = memo.make(n)`: an instance of a class the package does not export, which would
    arrive elsewhere as a plain object; found when the message's state is encoded."""
    stack.deploy("live-later", SERVICE)
    unit, info = unit_with("live-later", "made")
    assert not info["pinned"]
    assert get(stack, "live-later", "/made/21", "POST").json() == {"twice": 42}
    pinned = api.placement("live-later")[unit]
    assert any("an instance of Hidden, a class no path reaches" in why for why in pinned["pinned"] or ()), pinned
    other = next(n for n in NODES if n != pinned["node"])
    with pytest.raises(PlacementError, match="Hidden"):
        api.place("live-later", unit, other)
    assert get(stack, "live-later", "/made").json() == {"twice": 42}


def test_a_run_within_another_that_starts_afresh_does_not_lose_a_live_unit(stack):
    """express-generator's layout: bin/www's `debug` (a function package 'debug' made) keeps the app's
    unit live, and the error handler reading `req.app` runs there. A page's message run within the
    HTTP unit's (runtime/run.js, runInline) rendering a view waited for V8: the node dropped the
    isolate and ran the batch again, and the live unit's next message failed ('this isolate does
    not hold it': every error page a 500). A node keeping a unit live runs no message within another."""
    slug = "live-inline"
    stack.deploy(slug, SERVICES / "generator-pug-app")
    live, info = unit_with(slug, "use_root_2")
    assert any("`debug`" in why for why in info["pinned"] or ()), info
    for unit, other in api.placement(slug).items():  # all on the live unit's node, where messages run inline
        if unit not in (live, "main") and other["node"] != info["node"]:
            api.place(slug, unit, info["node"])
    assert [get(stack, slug, "/").status_code for _ in range(3)] == [200] * 3
    assert get(stack, slug, "/entries", "POST", {"author": "ada", "text": "hello"}).status_code == 201
    for path, status in (("/entries/1", 200), ("/entries/9", 404), ("/nowhere", 404)):
        answer = get(stack, slug, path)
        assert answer.status_code == status, (path, api.error(slug, answer.headers.get("x-liquefy-error")))


def test_a_node_keeping_a_unit_live_runs_no_message_within_another():
    """What the test above depends on, without its timing: the units a batch may run messages of within
    its own (node.ProjectView.inline_candidates) are none while the node keeps a unit of the project live."""
    def view(live_here):
        units = {"grp_app": {"fluxions": ["errors"], "vars": [["bin/www", "debug"]]},
                 "grp_book": {"fluxions": ["page"], "vars": [["routes/book.js", "entries"]]},
                 "use_root": {"fluxions": ["use_root"], "vars": [], "replicated": True}}
        if live_here is not None:
            units["grp_app"]["live"] = ["`debug` is a function package 'debug' made"]
        place = {"grp_app": live_here or "n1", "grp_book": "n1", "use_root": "*"}
        return ProjectView("p", {"version": "1", "status": "running"}, {u: json.dumps(i) for u, i in units.items()},
                           place, {})
    assert view(None).inline_candidates("use_root", "n1") == ["grp_app", "grp_book"]
    assert view("n1").inline_candidates("use_root", "n1") == []
    assert view("n2").inline_candidates("use_root", "n1") == ["grp_book"]  # kept live on another node


def test_the_balancer_never_picks_a_pinned_unit():
    r = redis.Redis.from_url(os.environ["REDIS_URL"], decode_responses=True)
    slug = "live-balance"
    r.hset(keys.units(slug), mapping={u: json.dumps({"fluxions": [f], "vars": [["app.js", f]]})
                                     for u, f in (("grp_a", "a"), ("grp_b", "b"))})
    units = {"grp_a": {"node": "hot", "fluxions": ["a"], "pinned": True},
             "grp_b": {"node": "hot", "fluxions": ["b"], "pinned": False}}
    frame = {"slug": slug, "units": units, "nodes": {"hot": {"alive": True, "busy": 0.9},
                                                     "cold": {"alive": True, "busy": 0.1}},
             "fluxions": {"a": {"in": 100, "mean": 3.0}, "b": {"in": 100, "mean": 2.0}}}
    balancer = Balancer(r, lambda *_: None)
    assert balancer.choose([frame], "hot", "cold", 0.8)[0] == "grp_b"
    units["grp_b"]["pinned"] = True
    assert balancer.choose([frame], "hot", "cold", 0.8) is None


def test_an_isolate_that_no_longer_holds_a_live_unit_fails_its_messages_saying_so():
    """The isolate recycled (its sandbox restarted): the unit's state in Redis names what it held;
    the message fails with that, and the state stays as it was (nothing of the message happens).
    (The harness runs the messages without a node: nothing answers the failed request.)"""
    with LocalService(SERVICE, nodes=1) as svc:
        assert svc.request("PUT", "/settings", {"content-type": "application/json"},
                           json.dumps({"theme": "dark"})).json() == {"theme": "dark"}
        unit = next(u for u in svc.pinned)
        before = svc.states[unit]
        svc.isolates[0].close()
        svc.isolates[0] = svc.isolate(svc.snapshot)
        assert svc.request("GET", "/settings") is None  # (the node answers 500: the test below)
        assert len(svc.errors) == 1, svc.errors
        assert "this isolate does not hold it" in svc.errors[0]["message"]
        assert "`seed`" in svc.errors[0]["message"]
        assert svc.states[unit] == before


def test_a_pinned_units_node_stopping_fails_its_messages_until_deployed_again(stack):
    """Killed, its node's isolate is gone: the unit goes to the living node (as any unit of a node
    that stopped), which says so and fails its messages instead of seeding the settings again;
    started again, the node does not hold it either. A new deployment starts it afresh."""
    stack.deploy("live-lost", SERVICE)
    unit, info = unit_with("live-lost", "settings")
    assert get(stack, "live-lost", "/settings", "PUT", {"theme": "dark"}).json() == {"theme": "dark"}
    owner = info["node"]
    stack.kill_node(owner)
    try:
        deadline = time.monotonic() + 30
        while api.placement("live-lost")[unit]["node"] == owner and time.monotonic() < deadline:
            time.sleep(0.1)
        assert api.placement("live-lost")[unit]["node"] != owner
        lost = get(stack, "live-lost", "/settings")
        assert lost.status_code == 500
        record = api.error("live-lost", lost.headers["x-liquefy-error"])
        assert "is kept live in one isolate, and this isolate does not hold it" in record["message"], record
        assert any(f"was kept live on node {owner}, which stopped" in e["text"] for e in api.logs("live-lost"))
    finally:
        stack.start_node(owner)
    stack.deploy("live-lost", SERVICE)
    assert get(stack, "live-lost", "/settings").json() == {"theme": "light"}


KEEPER = {
    "node_modules/keeper/package.json": json.dumps({"name": "keeper", "version": "1.0.0"}),
    "node_modules/keeper/index.js": """
exports.attach = function (app) {
  var seen = 0;
  class View { constructor(name) { this.name = name; } }
  app.set('view', View);
  app.locals.count = function () { seen += 1; return seen; };
  return { defer: function (cb) { setTimeout(function () { cb(seen); }, 5); } };
};
""",
    "app.js": """
const express = require('express');
const keeper = require('keeper');
const app = express();
const tools = keeper.attach(app);
let hits = 0;
app.get('/hit', (req, res) => { hits += 1; res.json({ hits, seen: app.locals.count(), view: app.get('view').name }); });
app.get('/later', (req, res) => { tools.defer((seen) => res.json({ seen, hits })); });
module.exports = app;
""",
}
WHOLE = "the whole service runs live on one node"


def test_a_service_whose_main_cannot_travel_runs_whole_on_the_node_that_ran_main(stack):
    """`keeper.attach(app)` puts a class it made and a function of its closure in the app: main's
    snapshot cannot carry them. The service runs whole where main ran, every unit there."""
    stack.deploy("live-whole", KEEPER)
    table = api.placement("live-whole")
    nodes = {info["node"] for info in table.values()}
    assert len(nodes) == 1 and None not in nodes, table
    assert all(info["pinned"] and WHOLE in info["pinned"][0] for info in table.values()), table
    assert "the function View" in next(iter(table.values()))["pinned"][0]
    assert any("the service runs whole on node" in e["text"] for e in api.logs("live-whole"))
    answers = [get(stack, "live-whole", path).json() for path in ("/hit", "/hit", "/later")]
    assert answers == [{"hits": 1, "seen": 1, "view": "View"}, {"hits": 2, "seen": 2, "view": "View"},
                       {"seen": 2, "hits": 2}]
    unit = next(iter(table))
    other = next(n for n in NODES if n not in nodes)
    with pytest.raises(PlacementError, match=WHOLE):
        api.place("live-whole", unit, other)


def test_a_whole_service_in_another_isolate_fails_its_messages_saying_so():
    with LocalService(KEEPER, nodes=2) as svc:
        assert svc.request("GET", "/hit").json() == {"hits": 1, "seen": 1, "view": "View"}
        svc.pinned.clear()  # as if its units went to the other isolate, which loaded main's snapshot
        svc.turn = iter([1, 1, 1])
        assert svc.request("GET", "/hit") is None
        assert "the service is kept live in one isolate, and this isolate does not hold it" in \
            svc.errors[0]["message"]
        assert WHOLE in svc.errors[0]["message"]


def test_a_deployment_starts_what_was_kept_live_afresh(stack):
    """Deployed again without a reset, a unit's state is kept when its variables are the same, but
    not a live unit's: what it held was its old isolate's (as a restarted Node.js process)."""
    for slug, files, change, path, fresh in (
            ("live-again", SERVICE, ("PUT", "/settings", {"theme": "dark"}), "/settings", {"theme": "light"}),
            ("live-again-whole", KEEPER, ("GET", "/hit", None), "/hit", {"hits": 1, "seen": 1, "view": "View"})):
        stack.deploy(slug, files)
        assert get(stack, slug, change[1], change[0], change[2]).status_code == 200
        stack.deploy(slug, files, reset=False)
        assert get(stack, slug, path).json() == fresh, slug


def test_a_deployment_does_not_keep_a_unit_found_live_by_a_message(stack):
    stack.deploy("live-later-again", SERVICE)
    assert get(stack, "live-later-again", "/made/4", "POST").json() == {"twice": 8}
    stack.deploy("live-later-again", SERVICE, reset=False)
    assert get(stack, "live-later-again", "/made/5", "POST").json() == {"twice": 10}
    assert get(stack, "live-later-again", "/made").json() == {"twice": 10}


def test_a_whole_services_node_stopping_fails_its_requests_saying_so(stack):
    stack.deploy("live-whole-lost", KEEPER)
    owner = api.placement("live-whole-lost")[next(iter(api.placement("live-whole-lost")))]["node"]
    assert get(stack, "live-whole-lost", "/hit").json()["hits"] == 1
    stack.kill_node(owner)
    try:
        lost = get(stack, "live-whole-lost", "/hit")  # the HTTP unit too goes to the living node
        assert lost.status_code == 500, lost.text
        record = api.error("live-whole-lost", lost.headers["x-liquefy-error"])
        assert "the service is kept live in one isolate, and this isolate does not hold it" in record["message"]
        assert WHOLE in record["message"]
    finally:
        stack.start_node(owner)
