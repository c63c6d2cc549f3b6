"""An array's holes travel as holes: `Reflect.deleteProperty(ring, i)` (or `delete ring[i]`, `new Array(n)`)
leaves a missing element that `i in a`, `Object.keys` and `filter` skip, but a unit's state brought it
back as an `undefined` element, so a later request counted it (fresh22b-esm-array-ops: `holes` 0, and
`Math.max(...filled)` null where Node.js answers 31). Also for an array a program class extends, and with
a trailing hole and an array's own field."""
from tests.executor.runtime_harness import LocalService

FILES = {"app.js": """const express = require('express');
class Row extends Array {}
const ring = [1, 2, 3, 4];
const row = Row.from([5, 6, 7]);
const sparse = new Array(3);
const app = express();
app.delete('/a/:i', (req, res) => {
  Reflect.deleteProperty(ring, Number(req.params.i));
  delete row[1];
  sparse[1] = 'x';
  ring.note = 'kept';
  res.json({ keys: Object.keys(ring) });
});
app.get('/a', (req, res) => res.json({
  ring: Object.keys(ring), filled: ring.filter((v) => v !== null), length: ring.length, note: ring.note,
  row: Object.keys(row), isRow: row instanceof Row, sparse: Object.keys(sparse), sparseLength: sparse.length,
  has: [0 in ring, 3 in ring],
}));
module.exports = app;
"""}


def test_an_arrays_holes_stay_holes_in_another_isolate():
    with LocalService(FILES, nodes=2) as svc:  # each message in the next isolate
        svc.request("DELETE", "/a/0")
        got = svc.request("GET", "/a").json()
    assert got == {"ring": ["1", "2", "3", "note"], "filled": [2, 3, 4], "length": 4, "note": "kept",
                   "row": ["0", "2"], "isRow": True, "sparse": ["1"], "sparseLength": 3, "has": [False, True]}
