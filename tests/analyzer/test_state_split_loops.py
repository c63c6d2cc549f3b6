"""A loop split at an await inside it goes on in the await's continuation: its next
iterations run there, and so does what they call (fresh-retry-backoff)."""
from .helpers import same_group, write_lines

RETRY = """
    const express = require('express');
    const app = express();
    const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
    let calls = 0;
    async function retry(fn) {
      for (let attempt = 0; ; attempt++) {
        try {
          return await fn();
        } catch (err) {
          if (attempt >= 2) throw err;
          await wait(1);
        }
      }
    }
    app.get('/', async (req, res) => {
      const v = await retry(async () => { calls++; if (calls % 3) throw new Error('flaky'); return calls; });
      res.json({ v, calls });
    });
"""


def test_later_iterations_of_a_split_loop_run_in_its_continuations():
    assert ("await_11", 16) in write_lines(RETRY, "calls")
    assert same_group(RETRY, 15, 11, 12)


FOR_OF = """
    const express = require('express');
    const app = express();
    const seen = [];
    app.post('/batch', async (req, res) => {
      for (const item of ['a', 'b']) {
        seen.push(item);
        await new Promise((resolve) => setImmediate(resolve));
      }
      res.json(seen);
    });
"""


def test_a_split_for_of_body_runs_in_the_continuation_of_its_await():
    assert same_group(FOR_OF, 4, 7)


PIPELINE = """
    const express = require('express');
    const app = express();
    const wait = () => new Promise((resolve) => setImmediate(resolve));
    const stock = { tea: 3 };
    const reserve = async (order) => { stock[order.sku] -= 1; return order; };
    const check = async (order) => order;
    async function step(fn, input) {
      await wait();
      return fn(input);
    }
    app.post('/orders/:sku', async (req, res) => {
      let value = { sku: req.params.sku };
      for (const [name, fn] of Object.entries({ check, reserve })) value = await step(fn, value);
      res.json(value);
    });
    app.get('/stock', (req, res) => res.json(stock));
"""


def test_a_function_a_split_for_of_takes_from_an_object_literal_runs_where_it_is_called():
    """fresh-async-pipeline: the loop's body gets `fn` from `Object.entries({ check, reserve })`
    and hands it to `step`, which calls it after an await: `reserve` writes `stock` there."""
    assert ("await_8", 5) in write_lines(PIPELINE, "stock")
    assert same_group(PIPELINE, 8, 16)
