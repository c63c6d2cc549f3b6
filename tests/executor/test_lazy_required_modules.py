"""A module of the service that main never loads, required first inside a handler (a plugin
installed by a request: `registry.use(require('./plugins/shout'))`), runs its top-level statements
where it is loaded, as Node.js runs them at the first `require`: its `module.exports = { ... }` is
the object the handler gets, not the empty `{}` of a module whose statements were left to main's
snapshot (fresh13-plugin-hooks)."""
from tests.executor.runtime_harness import LocalService

FILES = {
    "app.js": """const express = require('express');
const hooks = [];
const app = express();
app.post('/plugins/shout', (req, res) => {
  const plugin = require('./plugins/shout');
  plugin.install(hooks);
  res.json({ name: plugin.name, hooks: hooks.length });
});
app.get('/run/:text', (req, res) => res.json(hooks.reduce((acc, fn) => fn(acc), req.params.text)));
module.exports = app;
""",
    "plugins/shout.js": """const suffix = '!';
module.exports = {
  name: 'shout',
  install(hooks) { hooks.push((s) => s.toUpperCase() + suffix); },
};
""",
}


def test_a_module_required_first_by_a_handler_runs_its_top_level():
    with LocalService(FILES, nodes=2) as svc:
        assert svc.request("GET", "/run/hi").json() == "hi"
        assert svc.request("POST", "/plugins/shout").json() == {"name": "shout", "hooks": 1}
        assert svc.request("GET", "/run/hi").json() == "HI!"
        assert svc.request("POST", "/plugins/shout").json() == {"name": "shout", "hooks": 2}
        assert svc.request("GET", "/run/hey").json() == "HEY!!"
