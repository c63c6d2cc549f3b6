"""`function record(line, { into = journal } = {}) { into.push(line); }`: a destructured option whose
default is module state; called without options, the function changes that state. The default was no
value of `into`, so `journal` was never written and a stateless copy of it answered while units moved
(fresh14-optional-hooks lost its journal lines)."""
from .helpers import graph, same_group

DEFAULTS = """
const express = require('express');
const journal = [];
function record(line, { into = journal } = {}) { into.push(line); return into.length; }
function mark(line, sink = journal) { sink.push('! ' + line); }
const app = express();
app.post('/r/:x', (req, res) => res.json(record(req.params.x)));
app.post('/m/:x', (req, res) => { mark(req.params.x); res.json(1); });
app.get('/j', (req, res) => res.json(journal));
module.exports = app;
"""


def test_a_parameter_default_that_is_module_state_is_written_through_the_parameter():
    journal = [v for v in graph(DEFAULTS)["variables"] if v["name"] == "journal"][0]
    assert {w["fluxion"] for w in journal["writes"]} == {"post_r_x", "post_m_x"}
    assert same_group(DEFAULTS, "post_r_x", "post_m_x", "get_j")
