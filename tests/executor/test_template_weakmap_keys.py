"""A tag caching what it built per call site in a WeakMap keyed by the site's strings array
(`compiled.get(strings)`): a WeakMap's entries travel only when the state holds their key elsewhere,
and a strings array is held by its call site, not by the state, so the cache came back empty from every
message and the tag compiled each site again (fresh26b-als-tenants: `compiled` 5 where Node.js says 2)."""
from tests.executor.runtime_harness import LocalService

FILES = {
    "app.js": """const express = require('express');
const { sql, counts } = require('./sql');
const app = express();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
app.get('/sync', (req, res) => { sql`select ${req.query.a}`; res.json(counts); });
app.get('/async', async (req, res) => { await sleep(1); sql`select ${req.query.a} from t`; res.json(counts); });
module.exports = app;
""",
    "sql.js": """const compiled = new WeakMap();
const counts = { compiled: 0, runs: 0 };
function sql(strings, ...values) {
  let text = compiled.get(strings);
  if (!text) { counts.compiled++; text = strings.join('?'); compiled.set(strings, text); }
  counts.runs++;
  return text;
}
module.exports = { sql, counts };
""",
}


def test_a_weakmap_keyed_by_template_strings_keeps_its_entries():
    for nodes in (1, 2):
        with LocalService(FILES, nodes=nodes) as svc:
            got = [svc.request("GET", p).json() for p in ["/sync?a=1", "/sync?a=2", "/async?a=1", "/async?a=2",
                                                           "/sync?a=3"]]
        assert [g["compiled"] for g in got] == [1, 1, 2, 2, 2], nodes


CLASS_KEYS = {"app.js": """const express = require('express');
const app = express();
const counts = new WeakMap();
class Order {}
class Refund {}
function audit() {}
app.get('/c/:k', (req, res) => {
  const K = req.params.k === 'order' ? Order : req.params.k === 'refund' ? Refund : audit;
  counts.set(K, (counts.get(K) || 0) + 1);
  res.json({ n: counts.get(K) });
});
module.exports = app;
"""}


def test_a_weakmap_keyed_by_the_programs_classes_keeps_its_entries():
    # a class or top-level function is held by its module, not by the state: its entry stays all the same
    with LocalService(CLASS_KEYS, nodes=3) as svc:
        got = [svc.request("GET", "/c/" + k).json()["n"] for k in ["order", "order", "refund", "audit", "order", "audit"]]
    assert got == [1, 2, 1, 1, 3, 2]
