"""A package requiring or importing its own name, resolved through its package.json's "exports" as Node.js does
(fresh26c-esm-flag-service's `import { stats } from 'flagd-lite/rules'`). A literal specifier the analysis rewrites
to the file's relative path (analyzer/source.py self_references); one computed at run time the runtime resolves
(runtime/resolve.js selfReference): it threw 'Cannot find module'."""
from tests.executor.runtime_harness import LocalService

FILES = {
    "package.json": '{"name": "flagd-lite", "main": "app.js", "exports": {".": "./app.js", "./rules/*": "./src/rules/*.cjs"}}',
    "src/rules/engine.cjs": "module.exports = { double: (n) => n * 2 };\n",
    "app.js": """const express = require('express');
const engine = require('flagd-lite/rules/engine');
const app = express();
app.post('/:name', (req, res) => {
  const rules = require(`flagd-lite/rules/${req.params.name}`);
  res.json([rules === engine, rules.double(21)]);
});
module.exports = app;
""",
}


def test_a_computed_self_reference_resolves_through_the_packages_exports():
    svc = LocalService(FILES, nodes=2)
    assert svc.request("POST", "/engine").json() == [True, 42]
    assert svc.request("POST", "/engine").json() == [True, 42]
