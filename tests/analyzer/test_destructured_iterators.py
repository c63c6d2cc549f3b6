"""`it.next()` where `it` is a part of a destructured value (`const [cursor] = [ids()]`): the check for an
`events.on` iterator (state.py, visit_listener_iterator) took the part for an expression and the analysis
failed (fresh26b-shared-cursors, once the fresh26b and fresh26c rounds were merged)."""
from .helpers import graph, stateful

SRC = """
    const express = require('express');
    function* ids() { let n = 0; while (true) yield ++n; }
    const [cursor] = [ids()];
    const app = express();
    app.get('/next', (req, res) => res.json(cursor.next().value));
"""


def test_a_destructured_iterator_advanced_by_a_handler_is_state():
    assert len(graph(SRC)["fluxions"]) == 2
    assert stateful(SRC, 5)
