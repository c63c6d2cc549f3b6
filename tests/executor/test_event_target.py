"""The web platform's events (runtime/abort.js): `EventTarget`, `Event` and `CustomEvent`, Node's
globals. A listener added with a `signal` goes when the signal aborts, and an instance of a
program class extending EventTarget travels as its own class (its private fields and its
listeners with it), not as a bare EventTarget. Each request runs in another isolate."""
import json
import time

import httpx

import pytest

from tests.executor.runtime_harness import LocalService

pytestmark = [pytest.mark.executor]

APP = """
const express = require('express');
class Desk extends EventTarget {
  #tickets = [];
  open(title) {
    this.#tickets.push(title);
    this.dispatchEvent(new CustomEvent('opened', { detail: { title, count: this.#tickets.length } }));
    return this.#tickets.length;
  }
  get size() { return this.#tickets.length; }
}
const desk = new Desk();
const seen = [];
let watcher = null;
desk.addEventListener('opened', (event) => { seen.push(event.detail.title + ':' + event.detail.count); });
const app = express();
app.post('/open/:title', (req, res) => res.json({ count: desk.open(req.params.title), isDesk: desk instanceof Desk }));
app.post('/watch', (req, res) => {
  watcher = new AbortController();
  desk.addEventListener('opened', () => { seen.push('watched'); }, { signal: watcher.signal });
  res.json({ watching: true });
});
app.post('/unwatch', (req, res) => { watcher.abort(); res.json({ aborted: watcher.signal.aborted }); });
app.get('/seen', (req, res) => res.json({ seen, size: desk.size }));
app.get('/event', (req, res) => {
  const e = new CustomEvent('x', { detail: [1, 2] });
  res.json({ detail: e.detail, type: e.type, plain: new CustomEvent('y').detail, isEvent: e instanceof Event });
});
module.exports = app;
"""


def test_a_custom_event_carries_its_detail():
    with LocalService({"app.js": APP}, nodes=2) as svc:
        assert svc.request("GET", "/event").json() == {"detail": [1, 2], "type": "x", "plain": None, "isEvent": True}


def test_an_event_target_subclass_travels_as_its_class_with_its_listeners_and_private_fields():
    with LocalService({"app.js": APP}, nodes=2) as svc:
        assert svc.request("POST", "/open/a").json() == {"count": 1, "isDesk": True}
        assert svc.request("POST", "/open/b").json() == {"count": 2, "isDesk": True}
        assert svc.request("GET", "/seen").json() == {"seen": ["a:1", "b:2"], "size": 2}


def test_a_listener_added_with_a_signal_goes_when_it_aborts():
    with LocalService({"app.js": APP}, nodes=2) as svc:
        svc.request("POST", "/watch")
        svc.request("POST", "/open/a")
        assert svc.request("POST", "/unwatch").json() == {"aborted": True}
        svc.request("POST", "/open/b")
        assert svc.request("GET", "/seen").json() == {"seen": ["a:1", "watched", "b:2"], "size": 2}



SLEEPER = """
const express = require('express');
const { setTimeout: sleep } = require('node:timers/promises');
const controllers = new Map();
const results = {};
async function work(id, signal) {
  try {
    await sleep(3000, 'woke', { signal });
    results[id] = 'finished';
  } catch (err) {
    results[id] = `${err.name}:${err.code}:${err.message}`;
  }
}
const app = express();
app.post('/start/:id', (req, res) => {
  const c = new AbortController();
  controllers.set(req.params.id, c);
  work(req.params.id, c.signal);
  res.json({ started: req.params.id });
});
app.post('/cancel/:id', (req, res) => { controllers.get(req.params.id).abort(); res.json({ cancelled: true }); });
app.get('/pre', async (req, res) => {
  try { await sleep(10, 1, { signal: AbortSignal.abort() }); res.json('slept'); }
  catch (err) { res.json(err.name); }
});
app.get('/results', (req, res) => res.json(results));
module.exports = app;
"""


def test_a_timers_promises_sleep_rejects_when_its_signal_aborts_in_a_later_request():
    """fresh12-esm-task-runner: Node's setTimeout(ms, value, { signal }) from timers/promises rejects
    with an AbortError (code ABORT_ERR) when the signal aborts, and its timer never resolves it; the
    runtime's ignored the signal, so a task cancelled by a later request ran to its end."""
    from tests.support.stack import LiquefyStack
    with LiquefyStack(nodes=["ab1", "ab2"]) as stack, httpx.Client(timeout=30) as http:
        stack.deploy("sleeper", {"app.js": SLEEPER.encode()})
        url = lambda path: stack.url("sleeper", path)  # noqa: E731
        assert http.get(url("/pre")).json() == "AbortError"
        http.post(url("/start/a"))
        http.post(url("/start/b"))
        http.post(url("/cancel/a"))
        time.sleep(0.5)
        aborted = "AbortError:ABORT_ERR:The operation was aborted"
        assert http.get(url("/results")).json() == {"a": aborted}
        time.sleep(3.5)
        assert http.get(url("/results")).json() == {"a": aborted, "b": "finished"}


STOPPING = """
const express = require('express');
class Stock extends Event {
  constructor(type, sku) { super(type, { cancelable: true }); this.sku = sku; this.notes = []; }
}
const target = new EventTarget();
const frozen = new Set(['nut']);
target.addEventListener('reserve', (e) => {
  if (frozen.has(e.sku)) { e.notes.push('frozen'); e.preventDefault(); e.stopImmediatePropagation(); }
});
target.addEventListener('reserve', (e) => { e.stopPropagation(); e.notes.push(e.defaultPrevented ? 'vetoed' : 'passed'); });
const app = express();
app.post('/reserve/:sku', (req, res) => {
  const e = new Stock('reserve', req.params.sku);
  const ok = target.dispatchEvent(e);
  res.json({ ok, notes: e.notes, cancelBubble: e.cancelBubble, again: target.dispatchEvent(e) && e.notes });
});
module.exports = app;
"""


def test_stop_immediate_propagation_stops_the_listeners_after_it():
    # Node: the rest of the target's listeners do not run; `cancelBubble` is then true, also after
    # `stopPropagation()`; an event dispatched again after stopImmediatePropagation reaches no listener
    with LocalService({"app.js": STOPPING}, nodes=2) as svc:
        assert svc.request("POST", "/reserve/nut").json() == {"ok": False, "notes": ["frozen"], "cancelBubble": True, "again": False}
        assert svc.request("POST", "/reserve/bolt").json() == {"ok": True, "notes": ["passed", "passed"], "cancelBubble": True,
                                                               "again": ["passed", "passed"]}


PROPERTIES = """
const express = require('express');
const { getEventListeners } = require('node:events');
const t = new EventTarget();
const log = [];
t.addEventListener('x', function (e) {
  log.push([e.eventPhase, e.currentTarget === t, this === t, e.returnValue, e.bubbles, e.composed, e.composedPath().length]);
  e.preventDefault();
  log.push(e.returnValue);
});
t.addEventListener('x', { handleEvent(e) { log.push('obj'); } });
const app = express();
app.post('/fire', (req, res) => {
  const e = new Event('x', { cancelable: true, bubbles: true });
  const r = t.dispatchEvent(e);
  res.json({ r, after: [e.eventPhase, e.currentTarget, e.target === t, e.returnValue, e.composedPath()], log,
             listeners: getEventListeners(t, 'x').length,
             tags: [new Event('a'), new CustomEvent('b'), t, new AbortController()].map((v) => Object.prototype.toString.call(v)) });
});
module.exports = app;
"""


def test_an_events_phase_current_target_and_return_value_as_nodes():
    # Node: eventPhase 2 (AT_TARGET) and currentTarget the target while the listeners run, then 0 and null;
    # returnValue is !defaultPrevented; getEventListeners(target, type) lists a target's listeners
    with LocalService({"app.js": PROPERTIES}, nodes=2) as svc:
        assert svc.request("POST", "/fire").json() == {
            "r": False, "after": [0, None, True, False, []],
            "log": [[2, True, True, True, True, False, 1], False, "obj"], "listeners": 2,
            "tags": ["[object Event]", "[object CustomEvent]", "[object EventTarget]", "[object AbortController]"]}
