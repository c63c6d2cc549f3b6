"""A project that keeps its queues busy no longer starves the others, and a project's
request queue is bounded (issue 12, item 3). One node serves every project."""
import threading
import time

import httpx
import pytest

from tests.support.stack import LiquefyStack

pytestmark = pytest.mark.executor

# Slugs sort so that the busy project's queues come first: BLPOP over the node's
# queues in slug order used to serve nothing else while they had work.
BUSY = {"app.js": b"""
const app = require('express')();
let steps = 0;
function spin() {
  const until = Date.now() + 5;
  while (Date.now() < until) {}
  steps += 1;
  setImmediate(spin);
}
app.get('/start', (req, res) => { for (let i = 0; i < 4; i++) setImmediate(spin); res.send('spinning'); });
app.get('/steps', (req, res) => res.send(String(steps)));
module.exports = app;
"""}

QUIET = {"app.js": b"""
const app = require('express')();
app.get('/', (req, res) => res.send('hello'));
module.exports = app;
"""}

SLOW = {"app.js": b"""
const app = require('express')();
app.get('/', (req, res) => { const until = Date.now() + 300; while (Date.now() < until) {} res.send('done'); });
module.exports = app;
"""}


# Each message posts two: its unit's queue grows without end.
DOUBLING = {"app.js": b"""
const app = require('express')();
function split() { setImmediate(split); setImmediate(split); }
app.get('/explode', (req, res) => { setImmediate(split); res.send('exploding'); });
module.exports = app;
"""}


@pytest.fixture(scope="module")
def stack():
    env = {"LIQUEFY_GATEWAY_TIMEOUT_MS": "8000", "LIQUEFY_QUEUE_LIMIT": "3", "LIQUEFY_UNIT_QUEUE_LIMIT": "50"}
    with LiquefyStack(nodes=["fair1"], env=env) as s:
        s.deploy("aaa-busy", BUSY)
        s.deploy("zzz-quiet", QUIET)
        yield s


def test_a_busy_project_does_not_starve_the_others(stack):
    with httpx.Client(timeout=30) as http:
        assert http.get(stack.url("aaa-busy", "/start")).text == "spinning"
        answers = [http.get(stack.url("zzz-quiet", "/")) for _ in range(10)]
        assert [a.status_code for a in answers] == [200] * 10
        assert int(http.get(stack.url("aaa-busy", "/steps")).text) > 0, "the busy project still runs"


def test_a_project_deploys_while_another_is_busy(stack):
    assert stack.deploy("mmm-new", QUIET)["version"] >= 1
    assert httpx.get(stack.url("mmm-new", "/"), timeout=30).text == "hello"


def test_a_full_request_queue_answers_503_with_retry_after(stack):
    stack.deploy("slow", SLOW)
    answers = []

    def ask():
        answers.append(httpx.get(stack.url("slow", "/"), timeout=60))
    threads = [threading.Thread(target=ask) for _ in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    refused = [a for a in answers if a.status_code == 503]
    assert refused and all(a.headers["retry-after"] == "1" for a in refused)
    assert all(a.text == "done" for a in answers if a.status_code == 200)
    assert len(answers) - len(refused) >= 3


def test_a_units_queue_is_capped_and_what_it_drops_is_said(stack):
    from executor import api, keys
    stack.deploy("doubling", DOUBLING)
    with httpx.Client(timeout=30) as http:
        assert http.get(stack.url("doubling", "/explode")).text == "exploding"
        for _ in range(40):  # the node sheds at every refresh (0.5 s)
            dropped = [e for e in api.logs("doubling") if "dropped: the queue of" in e["text"]]
            if dropped:
                break
            time.sleep(0.25)
        assert dropped and "held more than 50 messages" in dropped[0]["text"]
        lengths = [stack.r.llen(keys.queue("doubling", unit)) for unit in api.placement("doubling")]
        assert max(lengths) < 5000  # the limit, plus what half a second of messages adds at most
        assert http.get(stack.url("zzz-quiet", "/")).text == "hello"
    api.stop("doubling")
