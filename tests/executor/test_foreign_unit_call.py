"""A fluxion of a unit with state that a package calls while another unit's message runs
reads main's copy of that state. When a package's module keeps the function where its
exports reach it (passport.deserializeUser(fn)), main sees it and the service runs whole,
live, as under Node.js (pkg-passport); when only the package's closure keeps it, the call
is not caught, and the service's log says so (runtime/core.js, noteForeignUnit)."""
from tests.executor.runtime_harness import LocalService

APP = """
const express = require('express');
const lookup = require('lookup');
const users = [{ id: '1', visits: 0 }];
lookup.use((id) => users.find((u) => u.id === id));
const app = express();
app.use(lookup.middleware());
app.post('/visit/:id', (req, res) => {
  users[0].visits += 1;
  res.json({ visits: users[0].visits });
});
app.get('/me', (req, res) => res.json(req.user || null));
module.exports = app;
"""

PACKAGE = """
let find = null;
exports.use = (fn) => { find = fn; };
exports.middleware = () => (req, res, next) => { req.user = find(req.query.id); next(); };
"""


def test_a_package_calling_a_stateful_units_function_elsewhere_is_said():
    files = {"app.js": APP, "node_modules/lookup/index.js": PACKAGE,
             "node_modules/lookup/package.json": '{"name": "lookup", "main": "index.js"}'}
    with LocalService(files, nodes=1) as svc:
        answer = svc.request("GET", "/me?id=1")
    assert answer.status == 200
    assert any("called by code outside the service's fluxions" in line and "keeps state that is not loaded there"
               in line for line in answer.logs), answer.logs


KEEPS = """
let finders = [];
exports.use = function (fn) { this.finders.push(fn); };
exports.finders = finders;
exports.middleware = () => (req, res, next) => { req.user = finders[0](req.query.id); next(); };
"""


def test_a_stateful_function_a_packages_exports_keep_makes_the_service_run_whole():
    files = {"app.js": APP.replace("require('lookup')", "require('keeps')"), "node_modules/keeps/index.js": KEEPS,
             "node_modules/keeps/package.json": '{"name": "keeps", "main": "index.js"}'}
    with LocalService(files, nodes=1) as svc:
        main = [e for e in svc.emitted if e.get("op") == "main"][0]
        svc.request("POST", "/visit/1")
        answer = svc.request("GET", "/me?id=1")
    assert "package code (node_modules/keeps/index.js) keeps" in main["whole"], main.get("whole")
    assert "which keeps state: the package may call it from any message" in main["whole"]
    assert answer.json() == {"id": "1", "visits": 1} and answer.logs == []
