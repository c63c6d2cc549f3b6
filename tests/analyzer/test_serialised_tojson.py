"""`res.json(basket)` where Basket has `toJSON() { serialized.baskets += 1; ... }`: Express's
JSON.stringify calls the method, so the handler changes `serialized`. No call was written out, so
the handler was stateless and the count came from main's snapshot while units moved
(fresh14-implicit-calls)."""
from .helpers import graph, same_group

TOJSON = """
const express = require('express');
const serialized = { baskets: 0 };
class Basket {
  constructor(id) { this.id = id; }
  toJSON() { serialized.baskets += 1; return { id: this.id }; }
}
const app = express();
app.post('/b/:id', (req, res) => res.status(201).json(new Basket(req.params.id)));
app.get('/text/:id', (req, res) => res.send(JSON.stringify(new Basket(req.params.id))));
app.get('/stats', (req, res) => res.json(serialized));
module.exports = app;
"""


def test_serialising_a_program_object_runs_its_tojson():
    serialized = [v for v in graph(TOJSON)["variables"] if v["name"] == "serialized"][0]
    assert {"post_b_id", "get_text_id"} <= {w["fluxion"] for w in serialized["writes"]}
    assert same_group(TOJSON, "post_b_id", "get_text_id", "get_stats")
