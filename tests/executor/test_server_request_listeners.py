"""A server's 'request' listeners, as Node's: `http.createServer()` with none, then `server.on('request', fn)`
(what Node's createServer(fn) does), and a second listener beside the app or the router (a request counter),
each called in its turn (fresh23b-http-observers: a server made without a listener answered 500, the
service "creating no Express app", and a second listener was dropped). Each request runs in another isolate."""
import pytest

from tests.executor.runtime_harness import LocalService

pytestmark = [pytest.mark.executor]

PLAIN = """
const http = require('node:http');
const traffic = { requests: 0, seen: [] };
const server = http.createServer();
server.on('request', (req, res) => { traffic.requests += 1; });
server.on('request', (req, res) => {
  traffic.seen.push(req.url);
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(traffic));
});
server.prependListener('request', (req) => { traffic.seen.push('first'); });
module.exports = server;
"""

WITH_APP = """
const http = require('node:http');
const express = require('express');
const app = express();
let counted = 0;
app.get('/n', (req, res) => res.json({ counted, q: req.query.x }));
const server = http.createServer(app);
server.on('request', () => { counted += 1; });
module.exports = server;
"""


def test_request_listeners_added_with_on_run_in_order():
    with LocalService({"app.js": PLAIN}, nodes=2) as svc:
        assert svc.request("GET", "/a").json() == {"requests": 1, "seen": ["first", "/a"]}
        assert svc.request("GET", "/b").json() == {"requests": 2, "seen": ["first", "/a", "first", "/b"]}


def test_a_counter_beside_the_app_runs_after_it():
    with LocalService({"app.js": WITH_APP}, nodes=2) as svc:
        assert svc.request("GET", "/n?x=1").json() == {"counted": 0, "q": "1"}
        assert svc.request("GET", "/n").json() == {"counted": 1}


FINISH = """
const http = require('node:http');
const traffic = { requests: 0, finished: 0 };
const server = http.createServer();
server.on('request', (req, res) => { traffic.requests += 1; res.on('finish', () => { traffic.finished += 1; }); });
server.on('request', (req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(traffic));
});
module.exports = server;
"""


def test_a_finish_listener_one_listener_adds_is_the_response_the_next_one_ends():
    # the first listener's message left the response with its 'finish' listener, which the second
    # listener's `res.end` runs (before, the second got the response as it came, without it)
    with LocalService({"app.js": FINISH}, nodes=2) as svc:
        assert [svc.request("GET", p).json() for p in ["/a", "/b", "/c"]] == [
            {"requests": 1, "finished": 0}, {"requests": 2, "finished": 1}, {"requests": 3, "finished": 2}]
