"""A Set or a Map inside a cycle whose first object met is the collection itself (a group `{ all: groups }` kept
in `groups`, an effect's dependency Set holding a signal's subscriber Set that holds the effect) travels and comes
back as one object: decoded, its entries were decoded before it was registered, so their references to it were
`undefined` ("Cannot read properties of undefined (reading 'delete')", fresh27b-esm-signals)."""
from tests.executor.runtime_harness import LocalService

HEAD = "const express = require('express');\nconst app = express();\n"
END = "\nmodule.exports = app;\n"


def test_entries_referring_to_their_set_and_map_find_them_again():
    with LocalService({"app.js": HEAD + """
const groups = new Set();
const byName = new Map();
function join(name) { const g = { name, all: groups, index: byName }; groups.add(g); byName.set(name, g); return g; }
join('a');
app.get('/x', (req, res) => {
  join(req.query.v);
  res.json([...groups].map((g) => [g.name, g.all === groups, g.index === byName, g.all.size]));
});
""" + END}, nodes=2) as svc:
        assert svc.request("GET", "/x?v=p").json() == [["a", True, True, 2], ["p", True, True, 2]]
        assert svc.request("GET", "/x?v=q").json() == [["a", True, True, 3], ["p", True, True, 3], ["q", True, True, 3]]


def test_a_private_set_kept_in_a_set_of_its_subscriber():
    with LocalService({"app.js": HEAD + """
class Signal {
  #subs = new Set();
  track(effect) { this.#subs.add(effect); effect.deps.add(this.#subs); }
  get subscribers() { return this.#subs.size; }
}
const count = new Signal();
const effect = { deps: new Set() };
count.track(effect);
app.get('/x', (req, res) => {
  const sizes = [...effect.deps].map((subs) => subs.size);
  count.track({ deps: new Set() });
  res.json({ sizes, subscribers: count.subscribers });
});
""" + END}, nodes=2) as svc:
        assert svc.request("GET", "/x").json() == {"sizes": [1], "subscribers": 2}
        assert svc.request("GET", "/x").json() == {"sizes": [2], "subscribers": 3}
