"""Runtime bugs the tenth differential corpus (tests/services/fresh10-*, services written as
people write Express services today) found, each on a LocalService (two isolates: every message
may run in another isolate than the one before)."""
import json

from tests.executor.runtime_harness import LocalService

HEAD = "const express = require('express');\nconst app = express();\napp.use(express.json());\n"
END = "\nmodule.exports = app;\n"


def service(code, **files):
    return LocalService({"app.js": HEAD + code + END, **files})


def post(svc, path, body):
    return svc.request("POST", path, headers={"content-type": "application/json"}, body=json.dumps(body)).json()


def test_an_instance_whose_constructor_destructures_its_argument_travels():
    """fresh10-esm-notes: `constructor({ title, tags = [] })` of a class with private fields.
    A blank instance is made by the constructor with no arguments: its parameters were bound
    before the guard in its body, so the destructuring threw (every message of the unit failed)
    and a default with a side effect (`id = next++`) ran once more per restore."""
    with service("""
let next = 1;
class Note {
  #history = [];
  constructor({ title, tags = [] }, id = next++) {
    this.id = id;
    this.title = title;
    this.tags = tags;
  }
  edit(title) { this.#history.push(this.title); this.title = title; return this; }
  get revisions() { return this.#history.length; }
}
const notes = [];
app.post('/notes', (req, res) => {
  const note = new Note(req.body);
  notes.push(note);
  res.json({ id: note.id, next });
});
app.post('/notes/:i/edit', (req, res) => {
  const note = notes[req.params.i].edit(req.body.title);
  res.json({ title: note.title, revisions: note.revisions, next });
});""") as svc:
        assert post(svc, "/notes", {"title": "a"}) == {"id": 1, "next": 2}
        assert post(svc, "/notes", {"title": "b"}) == {"id": 2, "next": 3}
        for n in (1, 2):
            assert post(svc, "/notes/0/edit", {"title": f"a{n}"}) == {
                "title": f"a{n}", "revisions": n, "next": 3}


def test_this_of_an_async_method_is_the_units_object_after_a_timer():
    """fresh10-async-cart: `async get(id) { await delay(1); this.reads++; ... }` on a singleton a
    module variable holds. The timer's message (run in no unit) carried the continuation's `this`
    as a plain copy: the unit's own variables' values got no id, so back in the unit the write
    went to that copy and was lost (`reads` stayed 0)."""
    with service("""
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
class Repo {
  constructor() { this.reads = 0; }
  async get(id) { await delay(1); this.reads++; return id; }
}
const repo = new Repo();
app.post('/get', async (req, res) => {
  await repo.get('a');
  res.json({ reads: repo.reads });
});
app.get('/reads', (req, res) => res.json({ reads: repo.reads }));""") as svc:
        assert post(svc, "/get", {}) == {"reads": 1}
        assert post(svc, "/get", {}) == {"reads": 2}
        assert svc.request("GET", "/reads").json() == {"reads": 2}


def test_a_timer_set_while_an_async_function_kept_whole_waits_keeps_its_delay():
    """fresh10-outbox-writer: a handler kept whole (V8 runs its awaits) awaits `outbox.enqueue(e)`,
    which (re)arms a 600 ms debounce timer of the outbox's unit and returns a settled promise. The
    timer was kept in the message and the message's clock jumped to it before V8 ran the handler's
    continuation: the outbox flushed each event at once (Node.js answers after the second enqueue
    with both pending; the one timer left flushes them together later)."""
    with service("""
class Outbox {
  #pending = [];
  #timer = null;
  flushes = [];
  enqueue(e) {
    this.#pending.push(e);
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.flush('timer'), 600);
    return Promise.resolve(null);
  }
  get pending() { return this.#pending.length; }
  async flush(reason) { const batch = this.#pending.splice(0); this.flushes.push(reason + '/' + batch.length); return batch.length; }
}
const outbox = new Outbox();
app.post('/events', async (req, res) => {
  let flushed = await outbox.enqueue(1);
  flushed = await outbox.enqueue(2);
  if (req.query.now === '1') flushed ??= await outbox.flush('manual');
  res.json({ pending: outbox.pending, flushes: outbox.flushes });
});
app.get('/flushes', (req, res) => res.json({ pending: outbox.pending, flushes: outbox.flushes }));""") as svc:
        assert post(svc, "/events", {}) == {"pending": 2, "flushes": []}
        assert svc.request("GET", "/flushes").json() == {"pending": 0, "flushes": ["timer/2"]}
        assert post(svc, "/events?now=1", {}) == {"pending": 0, "flushes": ["timer/2", "manual/2"]}


def test_an_instance_of_a_subclass_of_array_travels_as_one():
    """fresh10-esm-polls: `class Ranking extends Array` with methods, held in a poll. It arrived
    in the next message as a plain array: `poll.ranking.bump(...)` threw (Express answered 500)."""
    with service("""
class Ranking extends Array {
  static get [Symbol.species]() { return Array; }
  bump(option) {
    const row = this.find((r) => r.option === option);
    if (row) row.votes++; else this.push({ option, votes: 1 });
    this.sort((a, b) => b.votes - a.votes || a.option.localeCompare(b.option));
    return this;
  }
  top(n = 1) { return this.slice(0, n).map((r) => r.option); }
}
const polls = new Map([[1, { ranking: new Ranking() }]]);
app.post('/votes/:option', (req, res) => {
  const { ranking } = polls.get(1);
  ranking.bump(req.params.option);
  res.json({ top: ranking.top(2), isRanking: ranking instanceof Ranking, length: ranking.length, ranking });
});""") as svc:
        assert post(svc, "/votes/bun", {}) == {"top": ["bun"], "isRanking": True, "length": 1,
                                               "ranking": [{"option": "bun", "votes": 1}]}
        assert post(svc, "/votes/node", {}) == {"top": ["bun", "node"], "isRanking": True, "length": 2,
                                                "ranking": [{"option": "bun", "votes": 1}, {"option": "node", "votes": 1}]}
        assert post(svc, "/votes/node", {})["top"] == ["node", "bun"]


SUPER = """
class Base {
  constructor() { this.rows = []; }
  async save(row) { await null; this.rows.push(row); return this.rows.length; }
}
class Repo extends Base {
  %s
}
const repo = new Repo();
app.post('/rows', async (req, res) => res.json({ n: await repo.save(req.body.name) }));
app.get('/rows', (req, res) => res.json(repo.rows));"""


def test_super_in_an_async_method_and_in_an_arrow_loads_and_writes_the_receiver():
    """fresh10-catalog-sync: `async save(row) { return super.save({ ...row, slug }); }` failed to
    load (`'super' keyword unexpected here`: the body went into an arrow copied out of the class);
    so did an arrow using `super` in a method; and the write through `super.save` was not seen."""
    for method in ("async save(name) { return super.save(name.toUpperCase()); }",
                   "async save(name) { const n = super.save(name.toUpperCase()); await null; return n; }",
                   "save(name) { return [name].map((n) => super.save(n.toUpperCase()))[0]; }"):
        with service(SUPER % method) as svc:
            assert post(svc, "/rows", {"name": "a"}) == {"n": 1}
            assert post(svc, "/rows", {"name": "b"}) == {"n": 2}
            assert svc.request("GET", "/rows").json() == ["A", "B"]
