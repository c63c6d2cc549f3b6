"""Async functions the analyzer keeps whole (an await it does not split) run on V8's
own promises: their awaits resume within the message, over several calls into the
isolate; one waiting for another message fails that message with a clear error."""
from tests.executor.runtime_harness import LocalService

APP = """
var express = require('express');
var fs = require('fs');
var app = express();

class Store {
  async read(name) {
    const text = await fs.promises.readFile(__dirname + '/' + name, 'utf8');
    return text.toUpperCase();
  }
  async later(name) {
    switch (name) { default: await new Promise(function (resolve) { setTimeout(resolve, 5); }); }
    return 'late';
  }
  async muchLater(name) {
    switch (name) { default: await new Promise(function (resolve) { setTimeout(resolve, 5000); }); }
    return 'much later';
  }
  async nextTurn(name) {
    switch (name) { default: await new Promise(function (resolve) { setImmediate(resolve); }); }
    return 'next turn';
  }
  async laterSplit() {
    await new Promise(function (resolve) { setTimeout(resolve, 5); });
    return this.constructor.name + ' late';
  }
}
var store = new Store();

app.get('/kind/:k', async function (req, res) {
  let out = 'none';
  switch (req.params.k) {
    case 'value':
      out = await 'plain';
      break;
    case 'file':
      out = await fs.promises.readFile(__dirname + '/data.txt', 'utf8');
      break;
    case 'loop':
      for (let i = 0; i < 3; i++) out = (await Promise.resolve(out)) + i;
      break;
  }
  res.send(out);
});
app.get('/method', function (req, res) { store.read('data.txt').then(function (t) { res.send(t); }); });
app.get('/method-late', function (req, res) { store.later().then(function (t) { res.send(t); }); });
app.get('/method-much-later', function (req, res) { store.muchLater().then(function (t) { res.send(t); }); });
app.get('/method-next-turn', function (req, res) { store.nextTurn().then(function (t) { res.send(t); }); });
app.get('/method-split', function (req, res) { store.laterSplit().then(function (t) { res.send(t); }); });
module.exports = app;
"""


def test_awaits_that_settle_within_the_message_resume():
    with LocalService({"app.js": APP, "data.txt": "stored"}) as svc:
        assert svc.request("GET", "/kind/value").text == "plain"
        assert svc.request("GET", "/kind/file").text == "stored"
        assert svc.request("GET", "/kind/loop").text == "none012"
        assert svc.request("GET", "/kind/other").text == "none"
        assert svc.request("GET", "/method").text == "STORED"


def test_an_immediate_or_a_short_timer_it_awaits_runs_within_the_message():
    """A kept-whole function cannot wait for another message: the callbacks that settle
    what it awaits (a resolver handed to setImmediate, to a timer of at most a second)
    run in its message, on the message's own clock (fresh7-async-pages)."""
    with LocalService({"app.js": APP, "data.txt": "stored"}) as svc:
        assert svc.request("GET", "/method-next-turn").text == "next turn"
        assert svc.request("GET", "/method-late").text == "late"


def test_an_await_on_another_message_fails_with_a_clear_error():
    with LocalService({"app.js": APP, "data.txt": "stored"}) as svc:
        assert svc.request("GET", "/method-much-later") is None  # no answer: the message failed
        [first, *_] = svc.errors
        assert first["message"].startswith("Liquefy: an async function kept whole (see its info diagnostic) awaits "
                                           "something that settles in another message")


def test_an_async_method_is_split_so_its_await_may_settle_in_another_message():
    with LocalService({"app.js": APP, "data.txt": "stored"}) as svc:
        assert svc.request("GET", "/method-split").text == "Store late"


ASYNC_GENERATOR_IN_STATE = """
var express = require('express');
var app = express();
async function* batches(size) {
  let n = 0;
  while (true) {
    n++;
    await null;
    yield Array.from({ length: size }, (_, i) => n + '-' + (i + 1));
  }
}
const source = batches(2);
let pending = [];
app.get('/take', async function (req, res) {
  const out = [];
  while (out.length < 3) {
    if (pending.length === 0) pending = (await source.next()).value;
    out.push(pending.shift());
  }
  res.json(out);
});
module.exports = app;
"""


def test_an_async_generator_kept_in_state_resumes_in_a_later_message():
    """Its first `next()` runs its body from the top (where it tells the runtime to let V8 run its
    continuations); a later message resumes it at a `yield`, and its awaits after that must resume
    in that message too (fresh16-generator-ids)."""
    with LocalService({"app.js": ASYNC_GENERATOR_IN_STATE}) as svc:
        assert svc.request("GET", "/take").json() == ["1-1", "1-2", "2-1"]
        assert svc.request("GET", "/take").json() == ["2-2", "3-1", "3-2"]
        assert svc.request("GET", "/take").json() == ["4-1", "4-2", "5-1"]


ASYNC_GENERATOR_WAITING_A_TURN = """
var express = require('express');
var app = express();
class Log {
  #events = ['a', 'b'];
  async *reader() {
    let at = 0;
    while (true) {
      await new Promise((resolve) => setImmediate(resolve));
      yield this.#events[at++] ?? null;
    }
  }
}
const log = new Log();
const readers = new Map();
app.post('/readers/:id', (req, res) => { readers.set(req.params.id, log.reader()); res.json('ok'); });
app.get('/readers/:id', async (req, res) => {
  const { value } = await readers.get(req.params.id).next();
  res.json(value);
});
app.delete('/readers/:id', async (req, res) => {
  const { done } = await readers.get(req.params.id).return();
  res.json(done);
});
module.exports = app;
"""


def test_each_step_of_an_async_generator_runs_whole_in_its_message():
    """A step that awaits a turn of the loop (`setImmediate(resolve)`) settles within the message, the
    first step as the later ones, on a generator a request made (fresh16-esm-event-log)."""
    with LocalService({"app.js": ASYNC_GENERATOR_WAITING_A_TURN}) as svc:
        assert svc.request("POST", "/readers/r1").json() == "ok"
        assert svc.request("GET", "/readers/r1").json() == "a"
        assert svc.request("GET", "/readers/r1").json() == "b"
        assert svc.request("GET", "/readers/r1").json() is None
        assert svc.request("DELETE", "/readers/r1").json() is True
