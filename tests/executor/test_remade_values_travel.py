"""A zod schema made at the top level is made again on every node (compiler.py, remade_setup): it cannot travel
(zod's closures). A closure holding it (`validate(noteSchema)`'s middleware, in the router main built) made main's
snapshot fail, and the whole service ran live on one node. Met anywhere, such a value now travels as its variable,
each node's own (core.js, remadeValues), and the service is spread over the nodes."""
import json

from tests.executor.runtime_harness import LocalService
from tests.support.stack import service_files

APP = """const express = require('express');
const { z } = require('zod');

const noteSchema = z.object({ title: z.string().min(1), tags: z.array(z.string()).default([]) });
const patchSchema = noteSchema.partial();
const validate = (schema) => (req, res, next) => {
  const result = schema.safeParse(req.body ?? {});
  if (!result.success) return res.status(422).json({ fields: result.error.issues.map((i) => i.path.join('.')) });
  req.body = result.data;
  next();
};

const notes = [];
const app = express();
app.use(express.json());
app.post('/notes', validate(noteSchema), (req, res) => {
  notes.push({ id: notes.length + 1, ...req.body });
  res.status(201).json(notes.at(-1));
});
app.patch('/notes/:id', validate(patchSchema), (req, res) => {
  const note = notes.find((n) => n.id === Number(req.params.id));
  Object.assign(note, req.body);
  res.json(note);
});
app.get('/notes', (req, res) => res.json(notes));
module.exports = app;
"""


def post(svc, method, path, body):
    return svc.request(method, path, {"content-type": "application/json"}, json.dumps(body))


def test_a_closure_holding_a_zod_schema_does_not_keep_the_service_on_one_node(tmp_path):
    (tmp_path / "app.js").write_text(APP)
    (tmp_path / "package.json").write_text(json.dumps({"main": "app.js", "dependencies": {"zod": "3.24.1"}}))
    with LocalService(service_files(tmp_path), nodes=2) as svc:
        main = next(e for e in svc.emitted if e["op"] == "main")
        assert main.get("whole") is None
        assert post(svc, "POST", "/notes", {"title": "a"}).json() == {"id": 1, "title": "a", "tags": []}
        assert post(svc, "POST", "/notes", {"title": ""}).status == 422
        assert post(svc, "POST", "/notes", {"title": "b", "tags": ["x"]}).status == 201
        assert post(svc, "PATCH", "/notes/1", {"tags": ["y"]}).json() == {"id": 1, "title": "a", "tags": ["y"]}
        assert [n["title"] for n in svc.request("GET", "/notes").json()] == ["a", "b"]
