"""A response express-session's middleware wrapped is answered in the message where the wrapper is.

express-session saves the session from its `res.end` wrapper, a package's closure that stays in the
message its middleware ran in. A handler answering in a callback (`findUser(name).then(...)`, a
timer) answered in a later message, through a response without the wrapper: what it wrote into
the session was never saved, and a new session got no cookie. Now the middleware's `next` holds the
response in its message (runtime/express.js `holdingSession`, run.js `holdResponse`): the callbacks
that may run there do, as for an async function kept whole.
"""
from executor.packages import read_folder
from tests.executor.runtime_harness import LocalService
from tests.support.stack import NODE_MODULES

FILES = {
    "package.json": '{"dependencies": {"express": "4.21.2", "express-session": "1.18.1"}}',
    "app.js": """
const express = require('express');
const session = require('express-session');
const app = express();
app.use(session({ secret: 's', resave: false, saveUninitialized: false, genid: (req) => 'sess-' + req.get('x-name') }));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
app.get('/then', (req, res) => { sleep(1).then(() => { req.session.n = (req.session.n || 0) + 1; res.json(req.session.n); }); });
app.get('/timer', (req, res) => { setTimeout(() => { req.session.m = (req.session.m || 0) + 1; res.json(req.session.m); }, 5); });
app.get('/peek', (req, res) => res.json([req.session.n ?? null, req.session.m ?? null]));
module.exports = app;
"""}


def test_a_session_written_in_a_promise_callback_or_a_timer_is_saved():
    files = dict(FILES, **read_folder(str(NODE_MODULES), "node_modules"))
    with LocalService(files, nodes=2) as svc:
        first = svc.request("GET", "/then", {"x-name": "a"})
        cookie = first.header("set-cookie").split(";")[0]
        got = [first.json(), svc.request("GET", "/then", {"cookie": cookie}).json(),
               svc.request("GET", "/timer", {"cookie": cookie}).json(),
               svc.request("GET", "/timer", {"cookie": cookie}).json(),
               svc.request("GET", "/peek", {"cookie": cookie}).json()]
        assert cookie.startswith("connect.sid=s%3Asess-a.")
        assert got == [1, 2, 1, 2, [2, 2]]
