"""A counter a factory made, kept on `app.locals` and called from a middleware as
`req.app.locals.hits.inc(req.method)`: `inc` changes the factory's `counts`, so the call changes
the app's locals. The call was taken for a method of the runtime's object (the app is the runtime's),
so the middleware ran as stateless and changed the counts on a copy (fresh14-factory-services,
verify mode: "fluxion use_root wrote app.locals.hits.inc(counts).GET")."""
from .helpers import same_group, stateful

LOCALS_COUNTER = """
const express = require('express');
function createCounter() {
  const counts = {};
  return { inc: (label) => (counts[label] = (counts[label] || 0) + 1), read: () => ({ ...counts }) };
}
const app = express();
app.locals.hits = createCounter();
app.use((req, res, next) => { req.app.locals.hits.inc(req.method); next(); });
app.get('/x', (req, res) => { app.locals.hits.inc('x'); res.json(1); });
app.get('/hits', (req, res) => res.json(req.app.locals.hits.read()));
module.exports = app;
"""


def test_a_closure_kept_on_app_locals_changes_the_locals_where_it_is_called():
    assert stateful(LOCALS_COUNTER, "use_root")
    assert same_group(LOCALS_COUNTER, "use_root", "get_x", "get_hits")
