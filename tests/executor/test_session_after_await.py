"""express-session with a route writing `req.session` after an await (`const item = await find(id);
req.session.cart[id] = ...`): the continuation runs in a later message, where the response's `res.end` must be
express-session's wrapper again, or the session is never saved. Three things stood in the way
(fresh25a-ioredis-session-cart): the made middleware, run as a message of its store's unit, was not remembered on
`res` as one to run again (runtime/express.js `callRemoteHandler`); run again, it saw the request's `session`
and wrapped nothing (`if (req.session) return next()`: it now gets the request as it was when it first ran,
runtime/express_reqres.js `rerunView`); and the Session's hidden `req` came back undefined (a request is now
filled in place, as a response is), so its `save()` threw."""
from tests.executor.runtime_harness import LocalService

APP = r"""
const express = require('express');
const session = require('express-session');
const app = express();
app.use(session({ secret: 's', resave: false, saveUninitialized: false, genid: (req) => 'id-' + req.get('x-name') }));
const pause = () => new Promise((r) => setTimeout(r, 5));
app.post('/login', async (req, res) => { await pause(); req.session.cart = {}; res.json({ ok: 1 }); });
app.post('/sync/:item', (req, res) => { req.session.cart[req.params.item] = 1; res.json(req.session.cart); });
app.post('/later/:item', async (req, res) => {
  await pause();
  req.session.cart[req.params.item] = 1;
  await pause();
  res.json(req.session.cart);
});
app.get('/cart', (req, res) => res.json(req.session.cart ?? null));
module.exports = app;
"""

PKG = '{"name": "t", "dependencies": {"express": "4.21.2", "express-session": "1.18.1"}}'


def test_a_session_written_after_an_await_is_saved():
    with LocalService({"app.js": APP, "package.json": PKG}, nodes=2) as svc:
        login = svc.request("POST", "/login", headers={"x-name": "ann"})
        assert login.status == 200 and login.header("set-cookie")
        cookie = {"cookie": login.header("set-cookie").split(";")[0]}
        got = [svc.request(m, p, headers=cookie).json()
               for m, p in [("POST", "/sync/a"), ("POST", "/later/b"), ("GET", "/cart"), ("POST", "/later/c"),
                            ("GET", "/cart")]]
        assert got == [{"a": 1}, {"a": 1, "b": 1}, {"a": 1, "b": 1}, {"a": 1, "b": 1, "c": 1}, {"a": 1, "b": 1, "c": 1}]
