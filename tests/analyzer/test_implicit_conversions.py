"""A template literal, `+` or unary `+` given an object runs its `[Symbol.toPrimitive]` (else
`valueOf` or `toString`): a Money counting conversions in module state (`conversions[hint] += 1`)
is changed by every handler that converts one, though no call is written out. The handlers were
stateless, and while units moved the counts came from main's snapshot (fresh14-implicit-calls)."""
import pytest

from .helpers import graph, same_group

MONEY = """
const express = require('express');
const conversions = { string: 0, number: 0, default: 0 };
class Money {
  constructor(cents) { this.cents = cents; }
  %s
}
const app = express();
app.get('/template/:c', (req, res) => res.send(`total ${new Money(Number(req.params.c))}`));
app.get('/plus/:c', (req, res) => { const m = new Money(Number(req.params.c)); res.send('total: ' + m); });
app.get('/unary/:c', (req, res) => { const m = new Money(Number(req.params.c)); res.json({ n: +m }); });
app.get('/stats', (req, res) => res.json(conversions));
module.exports = app;
"""

METHODS = {
    "toPrimitive": "[Symbol.toPrimitive](hint) { conversions[hint] += 1; return hint === 'number' ? this.cents : `$${this.cents}`; }",
    "valueOf": "valueOf() { conversions.number += 1; return this.cents; }",
    "toString": "toString() { conversions.string += 1; return `$${this.cents}`; }",
}


@pytest.mark.parametrize("method", list(METHODS))
def test_converting_a_program_object_runs_its_conversion_method(method):
    source = MONEY % METHODS[method]
    conversions = [v for v in graph(source)["variables"] if v["name"] == "conversions"][0]
    assert {"get_template_c", "get_plus_c", "get_unary_c"} <= {w["fluxion"] for w in conversions["writes"]}
    assert same_group(source, "get_template_c", "get_plus_c", "get_unary_c", "get_stats")


def test_arithmetic_without_conversion_methods_stays_stateless():
    source = MONEY % "times(n) { return new Money(this.cents * n); }"
    conversions = [v for v in graph(source)["variables"] if v["name"] == "conversions"][0]
    assert not conversions["writes"]
