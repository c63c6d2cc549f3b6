"""An EventEmitter's listeners of a symbol event (`errorMonitor`, a service's own `Symbol('x')`) travel
with the emitter in a unit's state: Node calls the errorMonitor listeners before the 'error' listeners
(or the throw). Each request runs in another isolate."""
import pytest

from tests.executor.runtime_harness import LocalService

pytestmark = [pytest.mark.executor]

APP = """
const express = require('express');
const { EventEmitter, errorMonitor } = require('node:events');
const kAudit = Symbol('audit');
class Channel extends EventEmitter {
  errors = [];
  audits = 0;
  constructor() {
    super();
    this.on(errorMonitor, (err) => { this.errors.push(err.message); });
    this.on(kAudit, () => { this.audits += 1; });
  }
}
const channel = new Channel();
const app = express();
app.post('/fail/:m', (req, res) => {
  try { channel.emit('error', new Error(req.params.m)); res.json({ thrown: false }); }
  catch (err) { res.json({ thrown: err.message }); }
});
app.post('/handle', (req, res) => { channel.on('error', function logError() {}); res.json({ n: channel.listenerCount('error') }); });
app.post('/audit', (req, res) => res.json({ had: channel.emit(kAudit) }));
app.get('/state', (req, res) => res.json({ errors: channel.errors, audits: channel.audits,
  names: channel.eventNames().map(String) }));
module.exports = app;
"""


def test_symbol_event_listeners_travel_with_their_emitter():
    with LocalService({"app.js": APP}, nodes=2) as svc:
        assert svc.request("POST", "/fail/a").json() == {"thrown": "a"}
        assert svc.request("POST", "/handle").json() == {"n": 1}
        assert svc.request("POST", "/fail/b").json() == {"thrown": False}
        assert svc.request("POST", "/audit").json() == {"had": True}
        assert svc.request("GET", "/state").json() == {
            "errors": ["a", "b"], "audits": 1,
            "names": ["error", "Symbol(events.errorMonitor)", "Symbol(audit)"]}


CAPTURING = """
const express = require('express');
const { EventEmitter, on } = require('node:events');
class Board extends EventEmitter {
  rejections = [];
  #seq = 0;
  constructor() { super({ captureRejections: true }); }
  [Symbol.for('nodejs.rejection')](err, event) { this.rejections.push(event + ':' + err.message + ':' + (++this.#seq)); }
}
const board = new Board();
board.on('added', async (x) => { await null; throw new Error('bad ' + x); });
const app = express();
app.post('/add/:x', (req, res) => { board.emit('added', req.params.x); res.json({ ok: true }); });
app.post('/burst', async (req, res) => {
  const ticks = on(board, 'tick');
  board.emit('tick', 1);
  for await (const [n] of ticks) break;
  res.json({ names: board.eventNames() });
});
app.get('/state', (req, res) => res.json({ names: board.eventNames(), rejections: board.rejections }));
module.exports = app;
"""


def test_an_emitter_keeps_capture_rejections_and_drops_the_events_left_without_listeners():
    # a class with private fields arrives through a blank instance, whose EventEmitter constructor had
    # already run: init then kept the emitter in "shape mode" (an event whose last listener went stayed
    # in eventNames()), and lost `captureRejections`, so an async listener's rejection reached nothing
    with LocalService({"app.js": CAPTURING}, nodes=2) as svc:
        assert svc.request("POST", "/add/a").json() == {"ok": True}
        assert svc.request("POST", "/burst").json() == {"names": ["added"]}
        assert svc.request("POST", "/add/b").json() == {"ok": True}
        assert svc.request("GET", "/state").json() == {"names": ["added"], "rejections": ["added:bad a:1", "added:bad b:2"]}
