"""An Express app that no module variable holds: made inside a function main calls, as a
webpack bundle's entry IIFE, `(async () => { ... })()` or `function main() { ... } main()` do.

The gateway's requests go to the app that listens. A node that did not run main loads the
modules without running their top level, so it makes no app of its own: main's snapshot
carries the listening app (runtime/express.js, `app.listen`), else every request that node
took failed with "the service does not create an Express app".
"""
import httpx
import pytest

from tests.support.stack import LiquefyStack

pytestmark = pytest.mark.executor

SERVICE = {"app.js": b"""
(() => {
  const express = require('express');
  const app = express();
  let n = 0;
  app.get('/count', (req, res) => res.json({ n: ++n }));
  app.get('/hello', (req, res) => res.json({ hello: 'world' }));
  app.listen(process.env.PORT || 3000);
})();
"""}


def test_every_node_answers_through_the_app_made_inside_an_iife():
    with LiquefyStack(nodes=["if1", "if2"]) as stack:
        stack.deploy("iife", SERVICE)
        answers = [httpx.get(stack.url("iife", path)) for path in ["/hello", "/count"] * 4]
        assert [a.status_code for a in answers] == [200] * 8
        assert [a.json() for a in answers[1::2]] == [{"n": 1}, {"n": 2}, {"n": 3}, {"n": 4}]
        assert all(a.json() == {"hello": "world"} for a in answers[::2])
