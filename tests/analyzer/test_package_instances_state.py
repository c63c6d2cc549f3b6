"""An instance `new` of a package's class made, kept by the module, is state its methods change:
`hits.inc()` on `const hits = new client.Counter(...)` wrote nothing the analysis could see, so the
handler was stateless and each node counted its own hits (prom-client in one file). Made in another
module and imported, it already was (pkg-prom-client's lib/metrics.js)."""
from .helpers import graph, same_group

COUNTER = """
const express = require('express');
const client = require('prom-client');
const hits = new client.Counter({ name: 'hits', help: 'hits', labelNames: ['route'] });
const format = new Intl.NumberFormat('en-US');
const app = express();
app.get('/hit/:route', (req, res) => { hits.inc({ route: req.params.route }); res.send(format.format(1)); });
app.get('/metrics', async (req, res) => res.json(await hits.get()));
app.get('/plain', (req, res) => res.send(format.format(2)));
module.exports = app;
"""


def test_a_method_of_a_package_instance_kept_by_the_module_may_change_it():
    variables = {v["name"]: v for v in graph(COUNTER)["variables"]}
    assert "get_hit_route" in {w["fluxion"] for w in variables["hits"]["writes"]}
    assert same_group(COUNTER, "get_hit_route", "get_metrics")


def test_a_builtin_instance_is_not_a_packages():
    variables = {v["name"]: v for v in graph(COUNTER)["variables"]}
    assert not variables["format"]["writes"]
