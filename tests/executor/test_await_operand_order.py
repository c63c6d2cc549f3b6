"""An await inside an expression: what JavaScript evaluates before the await (a variable, a
property) is read before the awaited call runs, though that call changes it
(analyzer/awaitexpr.py). Node.js answers what is in the comments."""
import pytest

from tests.executor.runtime_harness import LocalService

pytestmark = [pytest.mark.executor]

APP = """
const express = require('express');
const app = express();
const stats = { hits: 0 };
let served = 0;
async function hit() { stats.hits += 1; served += 1; return served; }
app.get('/array', async (req, res) => res.json([stats.hits, served, await hit(), stats.hits, served]));
app.get('/sum', async (req, res) => res.json({ total: served + await hit() }));
app.get('/object', async (req, res) => { const hits = stats.hits; res.json({ hits, served, now: await hit() }); });
app.get('/template', async (req, res) => res.send(`${served} then ${await hit()}`));
const slots = {};
app.get('/slots', async (req, res) => { slots[served++] = await hit(); res.json(slots); });
module.exports = app;
"""


def test_reads_before_an_await_see_the_values_before_it():
    with LocalService({"app.js": APP}, nodes=2) as svc:
        assert svc.request("GET", "/array").json() == [0, 0, 1, 1, 1]
        assert svc.request("GET", "/sum").json() == {"total": 1 + 2}
        assert svc.request("GET", "/object").json() == {"hits": 2, "served": 2, "now": 3}
        assert svc.request("GET", "/template").body == b"3 then 4"
        assert svc.request("GET", "/slots").json() == {"4": 6}  # the key (and its ++) before hit() runs
