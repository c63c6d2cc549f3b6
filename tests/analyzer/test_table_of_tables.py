"""`plugins[name]?.[hook]?.(...args)`: a computed call on a property of a table of tables (an object literal
whose properties are object literals of functions). Only the functions written directly as the table's
properties were taken to run there, so a plugin's `onClose` writing the module's `closed` list ran nowhere,
`closed` was no state and came back empty from main's snapshot (fresh22b-optional-boards)."""
from .helpers import graph

SOURCE = """
    const express = require('express');
    const app = express();
    const closed = [];
    const plugins = {
      archive: { onClose(board) { closed.push(board); } },
      counter: { onOpen: (board) => board.length },
    };
    function run(hook, ...args) {
      for (const name of Object.keys(plugins)) CALL;
    }
    app.delete('/b/:id', (req, res) => { run('onClose', req.params.id); res.json(closed); });
    module.exports = app;
"""


def closed_writers(call):
    found = [v for v in graph({"app.js": SOURCE.replace("CALL", call)})["variables"] if v["name"] == "closed"]
    return {w["fluxion"] for v in found for w in v.get("writes", [])}


def test_a_computed_call_on_a_table_of_tables_runs_the_inner_functions():
    assert closed_writers("plugins[name]?.[hook]?.(...args)") == {"delete_b_id"}
    assert closed_writers("plugins[name][hook](...args)") == {"delete_b_id"}


def test_through_a_variable_holding_the_inner_table():
    assert closed_writers("{ const p = plugins[name]; p[hook]?.(...args); }") == {"delete_b_id"}
