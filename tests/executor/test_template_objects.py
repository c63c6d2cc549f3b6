"""A tagged template's strings array is one object per call site (`tag`a${x}b`` gives the same frozen array at
every call), so code caches by it (lit-html's templates, a query tag counting uses per template: fresh22b-esm-
cursors-tags keeps `uses.set(strings, ...)`). In a unit's state such an array travels as a copy: another isolate's
call site gave its own array, not the copy, so the Map got a second key (and the copy had lost its hidden `raw`).
The compiler now names each call site (`__rt.tagged("path:pos", tag)`...``), the runtime hands the tag its site's
array, and the serializer sends `{$: "tpl", i: site}`, decoded to the isolate's array for that site
(fresh22b-esm-cursors-tags had passed only because the moves of its test did not split its counts)."""
from tests.executor.runtime_harness import LocalService

FILES = {"app.js": """const express = require('express');
const uses = new Map();
function tag(strings, ...values) {
  uses.set(strings, (uses.get(strings) ?? 0) + 1);
  return strings.join('?');
}
const app = express();
app.post('/a', (req, res) => res.json({ text: tag`a ${1} b`, keys: uses.size }));
const fmt = { calls: 0, money(strings, ...values) { this.calls++; return String.raw(strings, ...values.map((v) => v.toFixed(2))); } };
app.get('/a', (req, res) => res.json([...uses].map(([s, n]) => [s.join('?'), n, Array.isArray(s.raw), Object.isFrozen(s)])
  .concat([[fmt.money`${1.5}\\n€`, fmt.calls]])));
module.exports = app;
"""}


def test_a_template_strings_array_keeps_its_identity_in_another_isolate():
    with LocalService(FILES, nodes=2) as svc:  # each message in the next isolate
        posted = [svc.request("POST", "/a").json()["keys"] for _ in range(3)]
        got = svc.request("GET", "/a").json()
    assert posted == [1, 1, 1]
    assert got == [["a ? b", 3, True, True], ["1.50\\n€", 1]]
