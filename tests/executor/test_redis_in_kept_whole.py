"""An async function kept whole awaits Redis within its message, and so does a handler of a
response held for express-session.

A Redis reply a function kept whole awaited came in a message of its own, after the function had
failed ('awaits something that settles in another message'): while such a function is suspended,
or a response is held in its session middleware's message (runtime/express.js `holdingSession`),
the Redis commands sent are asked of the node within the message (runtime/run.js, takeInline), as
a package's are. A login's `req.session.user = user` after `await redis...` was never saved: its
continuation answered in a later message, without express-session's `res.end` wrapper.
"""
import httpx
import pytest

from tests.support.stack import LiquefyStack

pytestmark = pytest.mark.executor

SERVICE = {"app.js": b"""
const express = require('express');
const session = require('express-session');
const Redis = require('ioredis');
const redis = new Redis();
const app = express();
app.use(session({ secret: 'kept whole', resave: false, saveUninitialized: false,
                  genid: (req) => 'sess-' + req.get('x-name') }));
app.post('/visit/:page', async (req, res) => {
  const n = await redis.incr('visits:' + req.params.page);
  req.session.pages = [...(req.session.pages ?? []), req.params.page + '#' + n];
  res.json(req.session.pages);
});
app.get('/pages', (req, res) => res.json(req.session.pages ?? []));
app.get('/kind/:k', async (req, res) => {
  switch (req.params.k) { default: res.send(String(await redis.incr('kinds:' + req.params.k))); }
});
module.exports = app;
""", "package.json": b'{"dependencies": {"express": "4.21.2", "express-session": "1.18.1"}}'}


def test_a_session_written_after_an_await_of_redis_is_saved():
    with LiquefyStack(nodes=["kw1", "kw2"]) as stack:
        stack.deploy("keptredis", SERVICE)
        url = lambda path: stack.url("keptredis", path)
        with httpx.Client(headers={"x-name": "ada"}) as ada, httpx.Client(headers={"x-name": "bob"}) as bob:
            got = [ada.post(url("/visit/home")).json(), ada.post(url("/visit/shop")).json(),
                   bob.post(url("/visit/home")).json(), ada.get(url("/pages")).json(), bob.get(url("/pages")).json()]
        assert got == [["home#1"], ["home#1", "shop#1"], ["home#2"], ["home#1", "shop#1"], ["home#2"]]


def test_a_function_kept_whole_awaits_a_redis_reply_within_its_message():
    with LiquefyStack(nodes=["kw3"]) as stack:
        stack.deploy("keptswitch", SERVICE)
        got = [httpx.get(stack.url("keptswitch", "/kind/x")) for _ in range(3)]
        assert [(r.status_code, r.text) for r in got] == [(200, "1"), (200, "2"), (200, "3")]
