"""Properties a service puts on its Express app itself (`app.hits = 0`, then `req.app.hits++` in a
middleware, `req.app.evictions = ...` added later) travel with the unit that keeps the app, as its
`locals` and `settings` do (runtime/express.js, `ownProps`). Before, a unit moved to another node
found that node's copy of the app without them: `hits` was undefined there (NaN, `null` in JSON),
or main's value again (fresh18-app-props while units moved).
"""
import httpx
import pytest

from executor import api
from tests.support.stack import LiquefyStack

pytestmark = pytest.mark.executor

SERVICE = {"app.js": b"""
const express = require('express');
const app = express();
app.hits = 0;
app.use((req, res, next) => { req.app.hits++; next(); });
app.post('/evict', (req, res) => {
  req.app.evictions = (req.app.evictions ?? 0) + 1;
  res.json({ evictions: req.app.evictions });
});
app.get('/hits', (req, res) => res.json({ hits: app.hits, evictions: app.evictions ?? 0 }));
module.exports = app;
"""}


def test_an_apps_own_properties_follow_its_unit_across_nodes():
    with LiquefyStack(nodes=["ap1", "ap2"]) as stack:
        stack.deploy("appprops", SERVICE)
        units = [u for u, info in api.placement("appprops").items() if info["stateful"]]
        assert units
        got = []
        for i, path in enumerate(["/hits", "/evict", "/hits", "/evict", "/hits"]):
            for unit in units:
                api.place("appprops", unit, ["ap1", "ap2"][i % 2], timeout=20)
            r = httpx.post(stack.url("appprops", path)) if path == "/evict" else httpx.get(stack.url("appprops", path))
            got.append(r.json())
        assert got == [{"hits": 1, "evictions": 0}, {"evictions": 1}, {"hits": 3, "evictions": 1},
                       {"evictions": 2}, {"hits": 5, "evictions": 2}]


SERVER_ON_APP = {"app.js": b"""
const http = require('http');
const express = require('express');
const app = express();
app.server = http.createServer(app);
app.started = 'yes';
app.hits = 0;
app.use((req, res, next) => { req.app.hits++; next(); });
app.get('/hits', (req, res) => res.json({ hits: req.app.hits, started: app.started, listening: typeof app.server.listen }));
module.exports = app;
if (require.main === module) app.server.listen(process.env.PORT || 3000);
"""}


def test_an_app_holding_its_http_server_still_moves_with_its_counters():
    with LiquefyStack(nodes=["as1", "as2"]) as stack:
        stack.deploy("appserver", SERVER_ON_APP)
        units = [u for u, info in api.placement("appserver").items() if info["stateful"]]
        got = []
        for i in range(4):
            for unit in units:
                api.place("appserver", unit, ["as1", "as2"][i % 2], timeout=20)
            r = httpx.get(stack.url("appserver", "/hits"))
            got.append((r.status_code, r.json() if r.status_code == 200 else r.text[:200]))
        assert got == [(200, {"hits": n, "started": "yes", "listening": "function"}) for n in range(1, 5)]
