"""Faults injected under load (issue 13, "Nothing lost"): real nodes, a real gateway,
real clients.

A node SIGKILLed 20 times while it runs a message: the messages it had taken go
back to their queues (from its processing list) and run once; a message whose
effects were half committed is replayed from its journal. Every request is
answered once, and the state is exact: the module's counter, the service's Redis
counters and the answers all count the same requests.

A stateful unit moved 100 times under load while a node joins and another leaves:
no request lost or answered twice, each client's requests seen in order.
"""
import os
import signal
import threading
import time
from statistics import median

import httpx
import pytest

from executor import api, keys
from tests.support.stack import LiquefyStack
from tests.support.waiting import wait_for

pytestmark = [pytest.mark.executor, pytest.mark.slow]

SPREAD = 8  # Redis writes of each request besides its counter: its effects take several round trips
COUNTER = {"app.js": b"""
const express = require('express');
const redis = require('redis');
const app = express();
const client = redis.createClient();
const SPREAD = %d;
let count = 0;

app.post('/count', (req, res) => {
  for (let i = 0; i < SPREAD; i++) client.incr('spread:' + i);
  client.incr('hits', (err, n) => {
    count += 1;
    const end = Date.now() + 15;
    while (Date.now() < end) {}
    res.json({ n: n, count: count });
  });
});

app.get('/count', (req, res) => {
  const names = ['hits'];
  for (let i = 0; i < SPREAD; i++) names.push('spread:' + i);
  client.mget(names, (err, values) => res.json({ count: count, values: values.map(Number) }));
});

module.exports = app;
""" % SPREAD}

KILLS = 20
CLIENTS = 4


def until(check, what, timeout=60):
    """Polls `check` every millisecond (a kill must land while a message runs)."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {timeout} s for {what}")
        time.sleep(0.001)


def load(url, stop, answers):
    with httpx.Client(timeout=120) as http:
        while not stop.is_set():
            answer = http.post(url)
            answers.append((time.monotonic(), answer.status_code,
                            answer.json() if answer.status_code == 200 else answer.text[:300]))


def test_a_node_killed_while_it_runs_a_message_20_times_loses_and_repeats_nothing():
    slug = "killed"
    env = {"LIQUEFY_GATEWAY_TIMEOUT_MS": "120000"}
    with LiquefyStack(nodes=["kill1", "kill2"], env=env) as stack:
        stack.deploy(slug, COUNTER)
        unit = next(u for u, info in api.placement(slug).items() if info["stateful"])
        api.place(slug, unit, "kill1")
        answers, stop = [], threading.Event()
        clients = [threading.Thread(target=load, args=(stack.url(slug, "/count"), stop, answers))
                   for _ in range(CLIENTS)]
        for c in clients:
            c.start()
        held, recovery_s = [], ([], [])  # kill to first answer: restarted under its name, declared dead
        try:
            for kill in range(KILLS):
                victim = api.placement(slug)[unit]["node"]
                processing = keys.processing(slug, victim)
                until(lambda: stack.r.llen(processing) > 0, f"{victim} to be running a message")
                proc = stack.procs.pop(victim)
                os.killpg(proc.pid, signal.SIGKILL)
                killed_at = time.monotonic()
                proc.wait(timeout=15)
                held.append(stack.r.llen(processing))
                if kill % 2:  # declared dead at once: the other node takes its messages and its units
                    stack.r.delete(keys.alive(victim))
                    wait_for(lambda: api.placement(slug)[unit]["node"] != victim,
                             f"the unit to move: {stack.log_of('kill1')}\n{stack.log_of('kill2')}")
                    stack.start_node(victim)
                else:  # started again under its name before its heartbeat expires: it takes them back itself
                    beat = stack.r.get(keys.alive(victim))
                    stack.start_node(victim)
                    wait_for(lambda: stack.r.get(keys.alive(victim)) not in (beat, None),
                             f"{victim} to beat again: {stack.log_of(victim)}")
                until(lambda: any(at > killed_at for at, _, _ in answers), "an answer after the kill", 120)
                recovery_s[kill % 2].append(min(at for at, _, _ in answers if at > killed_at) - killed_at)
        finally:
            stop.set()
            for c in clients:
                c.join()

        failed = [a for a in answers if a[1] != 200]
        assert not failed, failed[:5]
        total = len(answers)
        assert sorted(a[2]["n"] for a in answers) == list(range(1, total + 1)), "a Redis INCR lost or applied twice"
        assert sorted(a[2]["count"] for a in answers) == list(range(1, total + 1)), "a state update lost or repeated"
        final = httpx.get(stack.url(slug, "/count"), timeout=60).json()
        assert final == {"count": total, "values": [total] * (SPREAD + 1)}, final
        assert sum(held) > 0, "no kill caught a message in a processing list"
        leftovers = [k for k in stack.r.scan_iter(keys.project(slug) + ":*") if ":processing:" in k or ":done:" in k]
        assert not leftovers, leftovers
        lines = [e["text"] for e in api.logs(slug, limit=keys.LOG_LIMIT)]
        redelivered = sum(int(t.split(": ")[1].split(" are back")[0]) for t in lines if "are back in their queues" in t)
        replayed = sum("replayed from its journal" in t for t in lines)
        assert redelivered >= sum(held) > 0
        print(f"\n{KILLS} kills under load: {total} requests answered 200, 0 lost, 0 twice; "
              f"{sum(held)} messages held by the killed nodes, {redelivered} redelivered, {replayed} replayed from "
              f"their journal; first answer after a kill (median, max): node restarted under its name "
              f"{median(recovery_s[0]):.2f} s, {max(recovery_s[0]):.2f} s; node declared dead "
              f"{median(recovery_s[1]):.2f} s, {max(recovery_s[1]):.2f} s")


HOPS = 5
CHAINED = {"app.js": b"""
const express = require('express');
const redis = require('redis');
const app = express();
const client = redis.createClient();
let hops = 0;

app.post('/hops', (req, res) => {
  let left = %d;
  function hop() {
    hops += 1;
    client.incr('hops');
    const end = Date.now() + 3;
    while (Date.now() < end) {}
    if (--left > 0) setImmediate(hop); else res.json({ hops: hops });
  }
  hop();
});

app.get('/hops', (req, res) => client.get('hops', (err, n) => res.json({ hops: hops, redis: Number(n) })));

module.exports = app;
""" % HOPS}
CHAIN_KILLS = 8


def chained_in(r, processing):
    """Whether the node's processing list holds a callback chained to it (or taken from its queue)."""
    return any('"via": "setImmediate"' in entry for entry in r.lrange(processing, 0, -1))


def test_a_node_killed_mid_chain_loses_and_repeats_nothing():
    """Each request runs HOPS callbacks of a unit with state, one setImmediate after the other:
    chained on the unit's node (executor/node.py, run_chained), each a Redis INCR and a module
    counter. The node is killed while its processing list holds such a callback."""
    slug = "chainkill"
    env = {"LIQUEFY_GATEWAY_TIMEOUT_MS": "120000"}
    with LiquefyStack(nodes=["ck1", "ck2"], env=env) as stack:
        stack.deploy(slug, CHAINED)
        unit = next(u for u, info in api.placement(slug).items() if info["stateful"])
        api.place(slug, unit, "ck1")
        answers, stop = [], threading.Event()
        clients = [threading.Thread(target=load, args=(stack.url(slug, "/hops"), stop, answers))
                   for _ in range(CLIENTS)]
        for c in clients:
            c.start()
        held = []
        try:
            for kill in range(CHAIN_KILLS):
                victim = api.placement(slug)[unit]["node"]
                processing = keys.processing(slug, victim)
                until(lambda: chained_in(stack.r, processing), f"{victim} to hold a chained callback")
                proc = stack.procs.pop(victim)
                os.killpg(proc.pid, signal.SIGKILL)
                killed_at = time.monotonic()
                proc.wait(timeout=15)
                held.append(stack.r.llen(processing))
                if kill % 2:
                    stack.r.delete(keys.alive(victim))
                    wait_for(lambda: api.placement(slug)[unit]["node"] != victim,
                             f"the unit to move: {stack.log_of('ck1')}\n{stack.log_of('ck2')}")
                    stack.start_node(victim)
                else:
                    beat = stack.r.get(keys.alive(victim))
                    stack.start_node(victim)
                    wait_for(lambda: stack.r.get(keys.alive(victim)) not in (beat, None),
                             f"{victim} to beat again: {stack.log_of(victim)}")
                until(lambda: any(at > killed_at for at, _, _ in answers), "an answer after the kill", 120)
        finally:
            stop.set()
            for c in clients:
                c.join()

        failed = [a for a in answers if a[1] != 200]
        assert not failed, failed[:5]
        total = len(answers)
        # each answer is the count at its request's last callback: all different if none ran twice
        assert len({a[2]["hops"] for a in answers}) == total
        final = httpx.get(stack.url(slug, "/hops"), timeout=60).json()
        assert final == {"hops": HOPS * total, "redis": HOPS * total}, (final, total)
        assert sum(held) > 0
        leftovers = [k for k in stack.r.scan_iter(keys.project(slug) + ":*") if ":processing:" in k or ":done:" in k]
        assert not leftovers, leftovers
        print(f"\n{CHAIN_KILLS} kills mid-chain: {total} requests of {HOPS} callbacks each answered 200, "
              f"0 callbacks lost, 0 twice; {sum(held)} messages held by the killed nodes")


MOVING = {"app.js": b"""
const app = require('express')();
let total = 0;
const lastSeq = {};
app.get('/hit/:client/:seq', (req, res) => {
  const client = req.params.client, seq = Number(req.params.seq);
  const inOrder = seq === (lastSeq[client] || 0) + 1;
  lastSeq[client] = seq;
  total += 1;
  res.json({ total: total, inOrder: inOrder });
});
app.get('/total', (req, res) => res.json({ total: total, lastSeq: lastSeq }));
module.exports = app;
"""}

MOVES = 100
JOIN_AT, LEAVE_AT = 30, 60


def numbered(url, name, stop, answers):
    with httpx.Client(timeout=120) as http:
        seq = 0
        while not stop.is_set():
            seq += 1
            answer = http.get(f"{url}/hit/{name}/{seq}")
            answers.append((name, seq, answer.status_code, answer.json() if answer.status_code == 200 else
                            (answer.text[:200], answer.headers.get("x-liquefy-error"))))


def test_100_moves_under_load_while_a_node_joins_and_one_leaves():
    slug = "moved"
    with LiquefyStack(nodes=["mv1", "mv2"]) as stack:
        stack.deploy(slug, MOVING)
        unit = next(u for u, info in api.placement(slug).items() if info["stateful"])
        url = stack.url(slug, "")
        answers, stop = [], threading.Event()
        clients = [threading.Thread(target=numbered, args=(url, f"c{n}", stop, answers)) for n in range(CLIENTS)]
        for c in clients:
            c.start()
        living, moves = ["mv1", "mv2"], []
        try:
            while len(moves) < MOVES:
                if len(moves) == JOIN_AT and "mv3" not in living:
                    stack.start_node("mv3")
                    living.append("mv3")
                if len(moves) == LEAVE_AT and "mv1" in living:
                    if api.placement(slug)[unit]["node"] != "mv1":
                        moves.append(api.place(slug, unit, "mv1", timeout=30))
                    stack.kill_node("mv1", signal.SIGTERM)  # it leaves with the unit: a living node takes it
                    living.remove("mv1")
                    wait_for(lambda: api.placement(slug)[unit]["node"] in living, "the unit to leave mv1")
                current = api.placement(slug)[unit]["node"]
                target = next(n for n in living[len(moves) % len(living):] + living if n != current)
                moves.append(api.place(slug, unit, target, timeout=30))
                time.sleep(0.02)
        finally:
            stop.set()
            for c in clients:
                c.join()

        assert len([m for m in moves if m["from"] != m["to"]]) >= MOVES
        assert {m["to"] for m in moves} == {"mv1", "mv2", "mv3"}
        bad = [a for a in answers if a[2] != 200 or not a[3]["inOrder"]]
        errors = [api.error(slug, a[3][1]) for a in bad if a[2] != 200 and a[3][1]]
        assert not bad, f"{len(bad)} wrong answers, first: {bad[:3]}; errors: {errors[:3]}"
        totals = sorted(a[3]["total"] for a in answers)
        assert totals == list(range(1, len(answers) + 1)), "a state update was lost or repeated"
        final = httpx.get(f"{url}/total", timeout=60).json()
        sent = {f"c{n}": max(a[1] for a in answers if a[0] == f"c{n}") for n in range(CLIENTS)}
        assert final == {"total": len(answers), "lastSeq": sent}, final
        pauses = sorted(m["pause_ms"] for m in moves)
        print(f"\n{len(moves)} moves under load, mv3 joined after {JOIN_AT}, mv1 left after {LEAVE_AT}: "
              f"{len(answers)} requests answered in order, 0 lost, 0 twice; move pause median "
              f"{pauses[len(pauses) // 2]:.0f} ms, max {pauses[-1]:.0f} ms")
