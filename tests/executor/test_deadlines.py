"""A request the gateway has given up on is dropped before it runs (issue 13,
deadlines): a client that saw a 504 and retries does not get its change twice. The
504 says which (`X-Liquefy-Deadline`: `dropped`, or `started` when a node had it)."""
import threading
import time

import httpx
import pytest

from tests.support.stack import LiquefyStack

pytestmark = pytest.mark.executor

SERVICE = {"app.js": b"""
const app = require('express')();
let count = 0;
app.get('/busy', (req, res) => { const end = Date.now() + 2500; while (Date.now() < end) {} res.send('done'); });
app.post('/count', (req, res) => { count += 1; res.send(String(count)); });
app.get('/count', (req, res) => res.send(String(count)));
module.exports = app;
"""}


def test_a_request_given_up_on_never_runs():
    env = {"LIQUEFY_GATEWAY_TIMEOUT_MS": "1000", "LIQUEFY_MESSAGE_TIME_LIMIT_MS": "10000"}
    with LiquefyStack(nodes=["dl1"], env=env) as stack, httpx.Client(timeout=30) as http:
        stack.deploy("deadline", SERVICE)
        busy_answers = []
        busy = threading.Thread(target=lambda: busy_answers.append(http.get(stack.url("deadline", "/busy"))))
        busy.start()
        time.sleep(0.3)  # the only node is inside /busy now
        given_up = http.post(stack.url("deadline", "/count"))
        busy.join()  # answered 504 as well: the node is still inside it
        assert given_up.status_code == 504 and given_up.headers["x-liquefy-deadline"] == "dropped"
        assert "never runs" in given_up.text
        assert busy_answers[0].status_code == 504 and busy_answers[0].headers["x-liquefy-deadline"] == "started"
        counts = [http.get(stack.url("deadline", "/count")) for _ in range(3)]
        assert [c.text for c in counts if c.status_code == 200][:1] == ["0"], [c.text for c in counts]
