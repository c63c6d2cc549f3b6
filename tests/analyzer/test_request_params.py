"""`req`, `res` and `next` of an Express middleware are the request the router goes on with: what a
piece after an await hangs on them (`req.member = member; next()`) must be on the request the next
handlers get. They travel with the chain (`next` carries it), never as a cell of the unit's state,
which became a copy of the request once the cell and `next` crossed a message apart
(fresh23a-request-scoped: `req.member` undefined in the handlers after a while)."""

from .helpers import kind_of, variables

MIDDLEWARE = """
    const express = require('express');
    const members = new Map();
    const find = async (id) => { await null; return members.get(id); };
    const app = express();
    app.use(async (req, res, next) => {
      const id = req.get('x-id');
      try {
        const member = await find(id);
        req.member = member;
        res.locals.account = member.account;
        next();
      } catch (err) {
        next(err);
      }
    });
    app.post('/visit', (req, res) => { req.member.visits++; res.json(req.member); });
"""

ERROR_HANDLER = """
    const express = require('express');
    const seen = [];
    const log = async (e) => { await null; seen.push(e.message); return seen.length; };
    const app = express();
    app.use(async (err, req, res, next) => {
      const n = req.get('x-n');
      const count = await log(err);
      req.count = count + n;
      res.status(500).json({ count: req.count });
    });
"""


def test_a_middlewares_request_written_after_an_await_is_no_cell():
    assert kind_of(MIDDLEWARE, "req") != "share"
    assert kind_of(MIDDLEWARE, "res") != "share"


def test_an_error_handlers_request_is_no_cell_either():
    assert all(v["kind"] != "share" for v in variables(ERROR_HANDLER, "req"))


def test_a_local_written_after_an_await_still_is_one():
    fixture = MIDDLEWARE.replace("const id = req.get('x-id');", "let tries = 0; const id = req.get('x-id');") \
        .replace("req.member = member;", "req.member = member; tries++;") \
        .replace("next(err);", "next(tries ? err : null);")
    assert kind_of(fixture, "tries") == "share"
