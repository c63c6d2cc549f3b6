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
