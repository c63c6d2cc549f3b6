"""The web platform's events (runtime/abort.js): `EventTarget`, `Event` and `CustomEvent`, Node's
globals. A listener added with a `signal` goes when the signal aborts, and an instance of a
program class extending EventTarget travels as its own class (its private fields and its
listeners with it), not as a bare EventTarget. Each request runs in another isolate."""
import json

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
