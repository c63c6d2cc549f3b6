"""`Object.defineProperty(globalThis, 'appState', { value: { hits: 0 } })` in main, `appState.hits++` in a
handler: the analysis knew `globalThis.appState = ...` as a global variable, not a property defined so, so
`appState` was in no snapshot and an isolate that loaded main's failed (`appState is not defined`, a 500
every other request). Defined read-only (defineProperty's default), restoring it from a unit's state
redefines it instead of assigning (runtime/core.js)."""
from analyzer import analyze_files
from tests.executor.runtime_harness import LocalService

FILES = {"app.js": """const express = require('express');
const app = express();
Object.defineProperty(globalThis, 'appState', { value: { hits: 0 }, enumerable: true });
app.get('/a', (req, res) => { appState.hits++; res.json({ hits: appState.hits }); });
module.exports = app;
"""}


def test_a_global_defined_by_define_property_is_a_global_variable():
    graph = analyze_files(FILES).graph
    assert any(v["name"] == "appState" and v["writes"] for v in graph["variables"])


def test_it_travels_and_is_written_on_every_isolate():
    for nodes in (2, 3):  # a request's messages in turn: with 3 isolates, the handler's come back to main's
        with LocalService(FILES, nodes=nodes) as svc:
            assert [svc.request("GET", "/a").json()["hits"] for _ in range(6)] == [1, 2, 3, 4, 5, 6], nodes
