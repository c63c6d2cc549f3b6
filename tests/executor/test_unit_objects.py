"""One object for a unit's state and its messages (runtime/serialize.js): an object a unit's
state holds, carried away by a message to another unit, is the unit's own object again when
a message brings it back (tests/services/unseen-bank-mutex). On real nodes: the runtime
harness does not keep promises that two places hold, as Redis does."""
import httpx
import pytest

from tests.support.stack import LiquefyStack

pytestmark = pytest.mark.executor

MUTEX = {"app.js": b"""
const express = require('express');
const { setTimeout: sleep } = require('node:timers/promises');
class Mutex {
  constructor() { this.waiting = 0; this.tail = Promise.resolve(); }
  run(task) {
    this.waiting++;
    const result = this.tail.then(() => task()).finally(() => { this.waiting--; });
    this.tail = result.catch(() => {});
    return result;
  }
}
const lock = new Mutex();
const app = express();
app.post('/run', async (req, res) => {
  const v = await lock.run(async () => { await sleep(2); return 'done'; });
  res.json({ v, waiting: lock.waiting });
});
app.get('/waiting', (req, res) => res.json(lock.waiting));
module.exports = app;
"""}


def test_a_finally_reaction_keeping_this_writes_the_units_variable_after_a_stateless_continuation():
    """`finally(() => { this.waiting-- })` settles in the stateless continuation after the
    timer: that message carries a copy of `lock` and posts the reaction back to lock's unit,
    where it must decrement the unit's `lock`, not the copy."""
    with LiquefyStack(nodes=["uo1", "uo2"]) as stack:
        stack.deploy("mutex", MUTEX)
        for _ in range(2):
            assert httpx.post(stack.url("mutex", "/run")).json() == {"v": "done", "waiting": 0}
        assert httpx.get(stack.url("mutex", "/waiting")).json() == 0


LAZY = {"app.js": b"""
const express = require('express');
const { setTimeout: sleep } = require('node:timers/promises');
const lazy = (init) => { let p; return () => (p ??= init()); };
let inits = 0;
const getDb = lazy(async () => { inits += 1; await sleep(5); return { rows: [] }; });
const app = express();
app.post('/rows/:v', async (req, res) => {
  const db = await getDb();
  db.rows.push(req.params.v);
  res.json({ rows: db.rows.length, inits });
});
module.exports = app;
"""}


def test_a_promise_a_factorys_closure_keeps_settles_to_the_units_object():
    """`p ??= init()` in `lazy(init)`'s closure: `p` is a cell of the handlers' unit, holding a promise
    kept in Redis. Its reaction gets the unit's object, as for a promise a module variable holds: it was
    looked for among the unit's variables only, so each request pushed into a copy (rows: 1, 1, 1)."""
    with LiquefyStack(nodes=["uo1", "uo2"]) as stack:
        stack.deploy("lazy", LAZY)
        got = [httpx.post(stack.url("lazy", f"/rows/{v}")).json() for v in "abc"]
        assert got == [{"rows": 1, "inits": 1}, {"rows": 2, "inits": 1}, {"rows": 3, "inits": 1}]
