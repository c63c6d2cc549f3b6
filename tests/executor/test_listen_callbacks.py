"""What main hands to `listen` (and to a connect's continuation) runs once after
deployment, and is no request: its end is not reported as a hung request."""
import httpx
import pytest

from executor import api
from tests.support.stack import LiquefyStack
from tests.support.waiting import wait_for

pytestmark = pytest.mark.executor

SERVICE = {"app.js": b"""
const express = require('express');
const app = express();
app.get('/', (req, res) => res.send('hello'));
const server = app.listen(process.env.PORT || 3000, () => console.log('listening'));
server.keepAliveTimeout = 61000;
"""}


def test_a_listen_callback_logs_and_no_hung_request():
    with LiquefyStack(nodes=["lc1"]) as stack:
        stack.deploy("listening", SERVICE)
        wait_for(lambda: any(e["text"] == "listening" for e in api.logs("listening")), "the listen callback's log")
        assert httpx.get(stack.url("listening", "/"), timeout=30).text == "hello"
        errors = [e["text"] for e in api.logs("listening") if e["level"] == "error"]
        assert errors == []
