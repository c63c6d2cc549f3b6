"""A request the gateway has given up on is dropped before it runs, or its effects are
discarded (issue 13, deadlines): a client that saw a 504 and retries does not get its
change twice. The 504 says which (`X-Liquefy-Deadline`): `dropped` (no node had taken it),
`discarded` (a node was running it, nothing of it committed), `started` (a part of it was
committed: it runs to its end)."""
import threading
import time

import httpx
import pytest

from tests.support.stack import LiquefyStack

pytestmark = pytest.mark.executor

SERVICE = {"app.js": b"""
const app = require('express')();
let count = 0;
const spin = (ms) => { const end = Date.now() + ms; while (Date.now() < end) {} };
app.get('/busy', (req, res) => { spin(2500); res.send('done'); });
app.post('/count', (req, res) => { count += 1; res.send(String(count)); });
app.post('/count-slowly', (req, res) => { count += 1; spin(2500); res.send(String(count)); });
app.post('/count-then-wait', (req, res) => { count += 1; setTimeout(() => res.send(String(count)), 2500); });
app.post('/wait-then-count', (req, res) => { setTimeout(() => { count += 1; res.send(String(count)); }, 2500); });
app.get('/count', (req, res) => res.send(String(count)));
module.exports = app;
"""}
ENV = {"LIQUEFY_GATEWAY_TIMEOUT_MS": "1000", "LIQUEFY_MESSAGE_TIME_LIMIT_MS": "10000"}


def count_of(stack, http):
    """The counter, once the node is free again (a request may still meet a busy node: 504)."""
    for _ in range(10):
        answer = http.get(stack.url("deadline", "/count"))
        if answer.status_code == 200:
            return int(answer.text)
        time.sleep(0.5)
    raise AssertionError(f"GET /count: {answer.status_code} {answer.text}")


def test_a_request_given_up_on_before_a_node_took_it_never_runs():
    with LiquefyStack(nodes=["dl1"], env=ENV) as stack, httpx.Client(timeout=30) as http:
        stack.deploy("deadline", SERVICE)
        busy_answers = []
        busy = threading.Thread(target=lambda: busy_answers.append(http.get(stack.url("deadline", "/busy"))))
        busy.start()
        time.sleep(0.3)  # the only node is inside /busy now
        given_up = http.post(stack.url("deadline", "/count"))
        busy.join()  # answered 504 as well: the node is still inside it
        assert given_up.status_code == 504 and given_up.headers["x-liquefy-deadline"] == "dropped"
        assert "never runs" in given_up.text
        assert busy_answers[0].status_code == 504 and busy_answers[0].headers["x-liquefy-deadline"] == "discarded"
        assert count_of(stack, http) == 0


def test_a_request_given_up_on_while_it_runs_has_its_effects_discarded():
    with LiquefyStack(nodes=["dl1"], env=ENV) as stack, httpx.Client(timeout=30) as http:
        stack.deploy("deadline", SERVICE)
        slow = http.post(stack.url("deadline", "/count-slowly"))
        assert slow.status_code == 504 and slow.headers["x-liquefy-deadline"] == "discarded", slow.text
        assert "effects are discarded" in slow.text
        assert count_of(stack, http) == 0  # the increment it made while it ran is not kept
        assert http.post(stack.url("deadline", "/count")).text == "1"
        from executor import api
        assert any("its effects are discarded" in line["text"] for line in api.logs("deadline"))


def test_a_request_given_up_on_after_a_part_of_it_was_done_runs_to_its_end():
    with LiquefyStack(nodes=["dl1"], env=ENV) as stack, httpx.Client(timeout=30) as http:
        stack.deploy("deadline", SERVICE)
        waiting = http.post(stack.url("deadline", "/count-then-wait"))
        assert waiting.status_code == 504 and waiting.headers["x-liquefy-deadline"] == "started", waiting.text
        assert count_of(stack, http) == 1  # its first message was committed before the deadline
        time.sleep(2)  # its timer fires: the answer goes nowhere, nothing is counted twice
        assert count_of(stack, http) == 1


def test_a_request_given_up_on_while_it_waits_on_a_timer_before_any_write_never_writes():
    with LiquefyStack(nodes=["dl1"], env=ENV) as stack, httpx.Client(timeout=30) as http:
        stack.deploy("deadline", SERVICE)
        waiting = http.post(stack.url("deadline", "/wait-then-count"))
        assert waiting.status_code == 504 and waiting.headers["x-liquefy-deadline"] == "discarded", waiting.text
        time.sleep(2.5)  # its timer fires, past the deadline: the message it posts is discarded
        assert count_of(stack, http) == 0
        from executor import api
        assert any("its effects are discarded" in line["text"] for line in api.logs("deadline"))


PACKAGE_SERVICE = {
    "package.json": b'{"name": "deadline-pkg", "dependencies": {"bump-later": "1.0.0"}}',
    "node_modules/bump-later/package.json": b'{"name": "bump-later", "version": "1.0.0", "main": "index.js"}',
    # a package's own callback cannot travel: its Redis command is answered within the message
    "node_modules/bump-later/index.js": b"""
module.exports = function bumpLater(client, key, ms, done) {
  const end = Date.now() + ms;
  while (Date.now() < end) {}
  client.incr(key, (err, n) => done(err, n));
};
""",
    "app.js": b"""
const app = require('express')();
const client = require('redis').createClient({ url: process.env.REDIS_URL });
const bumpLater = require('bump-later');
app.post('/bump-late', (req, res) => bumpLater(client, 'bumps', 2500, (err, n) => res.send(err ? err.message : String(n))));
app.get('/bumps', (req, res) => client.get('bumps', (err, n) => res.send(String(n || 0))));
module.exports = app;
""",
}


def test_a_packages_redis_command_past_the_deadline_of_a_request_given_up_on_is_not_run():
    with LiquefyStack(nodes=["dl1"], env=ENV) as stack, httpx.Client(timeout=30) as http:
        stack.deploy("deadline", PACKAGE_SERVICE)
        late = http.post(stack.url("deadline", "/bump-late"))
        assert late.status_code == 504 and late.headers["x-liquefy-deadline"] == "discarded", late.text
        answer = None
        for _ in range(10):
            answer = http.get(stack.url("deadline", "/bumps"))
            if answer.status_code == 200:
                break
            time.sleep(0.5)
        assert answer.text == "0"
