"""Saving a unit's cells looks at each cell's object for a request or response inside
(cells.js `ofRequest`); it read every field, so an enumerable getter of the program ran at every
message's end (a word count's read counter moved without the program reading it: fresh14-proxy-drafts,
once the analysis saw its `Object.defineProperty` getter running where the document is serialised)."""
from tests.executor.runtime_harness import LocalService

FILES = {"app.js": """const express = require('express');
const app = express();
function routes() {
  const doc = { body: 'a b c' };
  const reads = { n: 0 };
  Object.defineProperty(doc, 'words', {
    enumerable: true,
    get() { reads.n++; return this.body.split(' ').length; },
  });
  app.post('/body', (req, res) => { doc.body = req.query.text; res.json({ reads: reads.n }); });
  app.get('/words', (req, res) => res.json({ words: doc.words, reads: reads.n }));
  app.get('/reads', (req, res) => res.json({ reads: reads.n }));
}
routes();
module.exports = app;
"""}


def test_saving_a_cell_runs_none_of_its_getters():
    with LocalService(FILES, nodes=2) as svc:
        answers = [svc.request("POST", "/body?text=x%20y").json(), svc.request("GET", "/words").json(),
                   svc.request("POST", "/body?text=z").json(), svc.request("GET", "/reads").json()]
    assert answers == [{"reads": 0}, {"words": 2, "reads": 1}, {"reads": 1}, {"reads": 1}]
