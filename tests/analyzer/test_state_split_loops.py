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
