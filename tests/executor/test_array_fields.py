"""A plain array's own fields besides its elements travel with it: a journal array whose Proxy
`has` trap counts reads on it (`journal.reads = (journal.reads || 0) + 1`, fresh13-proxy-journal)
kept the elements but came back from a unit's state without `reads`; a Symbol-keyed field too."""
from tests.executor.runtime_harness import LocalService

FILES = {"app.js": """const express = require('express');
const TAG = Symbol('tag');
const log = [];
const app = express();
app.post('/a', (req, res) => {
  log.reads = (log.reads || 0) + 1;
  log[TAG] = 'seen-' + log.reads;
  log.push(log.reads);
  res.json({ reads: log.reads, n: log.length });
});
app.get('/a', (req, res) => res.json({ reads: log.reads || 0, tag: log[TAG] || null, log }));
module.exports = app;
"""}


def test_an_arrays_own_fields_travel_with_its_elements():
    with LocalService(FILES, nodes=2) as svc:  # each message in the next isolate
        posted = [svc.request("POST", "/a").json() for _ in range(3)]
        listed = svc.request("GET", "/a").json()
    assert posted == [{"reads": 1, "n": 1}, {"reads": 2, "n": 2}, {"reads": 3, "n": 3}]
    assert listed == {"reads": 3, "tag": "seen-3", "log": [1, 2, 3]}
