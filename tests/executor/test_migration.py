"""Moving fluxions while traffic flows: no message lost, none duplicated, order kept.

Two real nodes. Several clients send a few thousand requests to a stateful
service while another thread moves its group back and forth between the
nodes. Each client numbers its requests; the service checks that each number
follows the previous one (a lost or repeated state update breaks that) and
counts them all. A burst route posts numbered messages on one stream; the
receiving fluxion must see them in order, across moves.
"""
import threading
import time

import httpx
import pytest

from executor import api
from tests.support.stack import LiquefyStack

pytestmark = [pytest.mark.executor, pytest.mark.slow]

SERVICE = {"app.js": b"""
var express = require('express');
var app = express();
var total = 0;
var lastSeq = {};
var seen = [];

app.get('/hit/:client/:seq', function hit(req, res) {
  var client = req.params.client, seq = Number(req.params.seq);
  var last = lastSeq[client] || 0;
  lastSeq[client] = seq;
  total += 1;
  res.json({ total: total, inOrder: seq === last + 1 });
});

app.get('/total', function report(req, res) {
  res.json({ total: total, lastSeq: lastSeq, seen: seen });
});

function record(i) {
  seen.push(i);
}

app.get('/burst/:n', function burst(req, res) {
  for (var i = 0; i < Number(req.params.n); i++) setImmediate(record, i);
  res.send('posted');
});

module.exports = app;
"""}

CLIENTS = 8
REQUESTS_EACH = 300
BURST = 400


@pytest.fixture(scope="module")
def stack():
    with LiquefyStack(nodes=["mig1", "mig2"]) as s:
        s.deploy("moving", SERVICE)
        yield s


def client_run(url, name, results):
    with httpx.Client(timeout=30) as http:
        for seq in range(1, REQUESTS_EACH + 1):
            r = http.get(f"{url}/hit/{name}/{seq}")
            results.append((name, seq, r.status_code, r.json() if r.status_code == 200 else r.text))


def mover(stop, moves, unit_of):
    nodes = ["mig1", "mig2"]
    i = 0
    while not stop.is_set():
        target = nodes[i % 2]
        moves.append(api.place("moving", unit_of, target, timeout=20))
        i += 1
        time.sleep(0.02)


def test_moves_under_load_lose_nothing(stack):
    unit = next(u for u, info in api.placement("moving").items() if "hit" in info["fluxions"])
    url = stack.url("moving", "")
    results, moves, stop = [], [], threading.Event()
    move_thread = threading.Thread(target=mover, args=(stop, moves, unit))
    clients = [threading.Thread(target=client_run, args=(url, f"c{n}", results)) for n in range(CLIENTS)]
    move_thread.start()
    for c in clients:
        c.start()
    for c in clients:
        c.join()
    stop.set()
    move_thread.join()

    assert len(moves) >= 20, f"only {len(moves)} moves happened during the run"
    bad = [r for r in results if r[2] != 200 or not r[3]["inOrder"]]
    assert not bad, f"{len(bad)} wrong answers, first: {bad[:3]}"
    totals = sorted(r[3]["total"] for r in results)
    assert totals == list(range(1, CLIENTS * REQUESTS_EACH + 1)), "a state update was lost or repeated"
    final = httpx.get(f"{url}/total").json()
    assert final["total"] == CLIENTS * REQUESTS_EACH
    assert final["lastSeq"] == {f"c{n}": REQUESTS_EACH for n in range(CLIENTS)}


def test_a_stream_keeps_its_order_across_moves(stack):
    unit = next(u for u, info in api.placement("moving").items() if "record" in info["fluxions"])
    url = stack.url("moving", "")
    before = len(httpx.get(f"{url}/total").json()["seen"])
    assert httpx.get(f"{url}/burst/{BURST}").text == "posted"
    for n in range(10):
        api.place("moving", unit, ["mig1", "mig2"][n % 2], timeout=20)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        seen = httpx.get(f"{url}/total").json()["seen"][before:]
        if len(seen) >= BURST:
            break
        time.sleep(0.1)
    assert seen == list(range(BURST))
