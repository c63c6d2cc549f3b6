"""Mixins in a module of their own, copied onto prototypes by another module at load:
`const Versioned = { bump() {...} }` and `module.exports = { Versioned, Serializable, stats }` in
mixins.js, then `Object.assign(Doc.prototype, Versioned, Serializable)` and
`Note.prototype.toJSON = Serializable.toJSON` in doc.js. A node's load runs the prototype setups
but left the mixin objects and the exports object to main's snapshot, restored after the load:
the setups found `undefined` (restoring failed on `Serializable.toJSON`, and Doc instances had
no `bump` there). The objects of plain methods and the exports object of names are now made by
each node's load too (fresh13-mixin-commands)."""
from tests.executor.runtime_harness import LocalService

FILES = {
    "mixins.js": """'use strict';
const stats = { bumps: 0 };
const Versioned = {
  bump() { this.version = (this.version || 0) + 1; stats.bumps += 1; return this.version; },
};
const Serializable = {
  toJSON() { return Object.assign({ kind: this.constructor.name }, this); },
};
module.exports = { Versioned, Serializable, stats };
""",
    "doc.js": """'use strict';
const { Versioned, Serializable } = require('./mixins');
class Doc { constructor(id) { this.id = id; } }
Object.assign(Doc.prototype, Versioned, Serializable);
function Note(id) { this.id = id; }
Object.assign(Note.prototype, Versioned);
Note.prototype.toJSON = Serializable.toJSON;
module.exports = { Doc, Note };
""",
    "app.js": """const express = require('express');
const { Doc, Note } = require('./doc');
const { stats } = require('./mixins');
const items = new Map();
const app = express();
app.post('/docs/:id', (req, res) => { items.set(req.params.id, new Doc(req.params.id)); res.json(items.get(req.params.id)); });
app.post('/notes/:id', (req, res) => { items.set(req.params.id, new Note(req.params.id)); res.json(items.get(req.params.id)); });
app.post('/bump/:id', (req, res) => res.json({ version: items.get(req.params.id).bump(), bumps: stats.bumps }));
app.get('/items', (req, res) => res.json([...items.values()]));
module.exports = app;
""",
}


def test_mixins_from_another_module_are_on_the_prototypes_on_every_node():
    with LocalService(FILES, nodes=2) as svc:  # each message in the next isolate
        made = [svc.request("POST", "/docs/d1").json(), svc.request("POST", "/notes/n1").json()]
        bumped = [svc.request("POST", path).json() for path in ("/bump/d1", "/bump/n1", "/bump/d1")]
        listed = svc.request("GET", "/items").json()
    assert made == [{"kind": "Doc", "id": "d1"}, {"kind": "Note", "id": "n1"}]
    assert bumped == [{"version": 1, "bumps": 1}, {"version": 1, "bumps": 2}, {"version": 2, "bumps": 3}]
    assert listed == [{"kind": "Doc", "id": "d1", "version": 2}, {"kind": "Note", "id": "n1", "version": 1}]
