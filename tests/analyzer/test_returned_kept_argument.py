"""`const balances = store.project({ table: {}, handle(e) {...} })` where `project(p) { projections.push(p); return p; }`:
`balances` holds the object `projections` keeps, which `append` changes through `p.handle(e)`. Missed, `balances`
stayed main's copy in the handler reading it, which never saw a projection's writes (fresh27b-esm-event-sourced)."""
import pytest

from .helpers import writes

SOURCE = """
    const express = require('express');
    const app = express();
    const projections = [];
    const store = {
      project(p) { projections.push(p); RETURN },
      append(e) { for (const p of projections) p.handle(e); },
    };
    const balances = store.project({ table: {}, handle(e) { this.table[e.id] = e.n; } });
    app.post('/e', (req, res) => { store.append(req.body); res.end(); });
    app.get('/b', (req, res) => res.json(balances.table));
"""


def test_a_module_variable_given_back_what_a_method_kept_is_written_with_the_container():
    assert {w["fluxion"] for w in writes(SOURCE.replace("RETURN", "return p;"), "balances")} == {"post_e"}

