"""Functions a container holds, called by the callback that gets the elements (`hooks.save.forEach((fn) => fn(doc))`,
`for (const fn of hooks.save) fn(doc)`, `steps.reduce((acc, step) => step(acc), x)`), run where they are called. They
ran nowhere: a hook's write of the module's `log` was seen in no fluxion (with a table of hooks, `hooks.save` named
no container either). Found by the fresh22b round's probes."""
import pytest

from .helpers import graph

CALLS = ["hooks.save.forEach((fn) => fn(1))", "hooks?.save?.forEach((fn) => fn(1))",
         "hooks[req.query.e].forEach((fn) => { fn(1); })", "for (const fn of hooks.save) fn(1)",
         "saves.forEach((fn) => fn(1))", "saves.reduce((acc, fn) => fn(acc), 0)"]


@pytest.mark.parametrize("call", CALLS)
def test_a_called_element_runs_in_the_caller(call):
    source = f"""
        'use strict';
        const express = require('express');
        const app = express();
        const log = [];
        const saves = [(d) => log.push(d)];
        const hooks = {{ save: [(d) => log.push(d)] }};
        app.get('/w', (req, res) => {{ {call}; res.json(1); }});
        app.get('/r', (req, res) => res.json(String(log)));
        module.exports = app;
    """
    found = [v for v in graph({"app.js": source})["variables"] if v["name"] == "log"]
    assert {w["fluxion"] for v in found for w in v.get("writes", [])} == {"get_w"}
