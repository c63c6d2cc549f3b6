"""`({ status } = await post(url))`: an awaited destructuring assignment to variables declared before
(fresh26c-esm-webhook-relay's delivery in a try). The continuation bound the value with `{ status } = __v;`,
a block followed by `=`: the deploy failed with 'Unexpected token ='."""
from tests.executor.runtime_harness import LocalService

APP = """const express = require('express');
const app = express();
const post = async (x) => ({ status: x, tries: [x, x + 1] });
async function deliver(x) {
  let status, first;
  try {
    ({ status } = await post(x));
    if (status > 5) throw new Error('too big');
  } catch (err) {
    status = err.message;
  }
  ({ tries: [first] } = await post(x * 10));
  return { status, first };
}
app.get('/:x', async (req, res) => res.json(await deliver(Number(req.params.x))));
module.exports = app;
"""


def test_an_awaited_object_pattern_assignment_statement():
    svc = LocalService({"app.js": APP})
    assert svc.request("GET", "/3").json() == {"status": 3, "first": 30}
    assert svc.request("GET", "/7").json() == {"status": "too big", "first": 70}
