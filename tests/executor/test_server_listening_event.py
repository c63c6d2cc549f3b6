"""A server's 'listening' listeners run once it listens, as under Node.js: express-generator's bin/www
(`server.listen(port); server.on('listening', onListening)`) and a listener added before `listen`,
around the callback handed to `listen` itself, in Node's order (fresh19-api-gateway: its bin/www logged
'listening' into the app's in-memory logger, which Liquefy's server, whose `on` kept nothing, never did)."""
import httpx
import pytest

from executor import api
from tests.support.stack import LiquefyStack
from tests.support.waiting import wait_for

pytestmark = pytest.mark.executor

SERVICE = {"app.js": b"""
const http = require('http');
const express = require('express');
const app = express();
const log = [];
app.get('/log', (req, res) => res.json(log));
const server = http.createServer(app);
server.on('listening', () => log.push('before listen'));
server.listen(process.env.PORT || 3000, () => log.push('listen callback'));
server.on('listening', () => log.push('after listen'));
server.once('error', () => log.push('error'));
"""}


def test_listening_listeners_run_in_nodes_order():
    with LiquefyStack(nodes=["sl1"]) as stack:
        stack.deploy("listening-event", SERVICE)
        got = lambda: httpx.get(stack.url("listening-event", "/log"), timeout=30).json()
        wait_for(lambda: len(got()) == 3, "the three listening callbacks")
        assert got() == ["before listen", "listen callback", "after listen"]
        assert [e["text"] for e in api.logs("listening-event") if e["level"] == "error"] == []
