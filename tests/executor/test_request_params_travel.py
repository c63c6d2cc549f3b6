"""A middleware that hangs the member it awaited on the request (`req.member = await find(id)`, then
`next()`): the handlers after it get that request. `req` was made a cell of the unit's state, and once
the cell and `next` (which carries the request the router goes on with) crossed a message apart, the
continuation wrote `member` on another copy of the request than the handlers got
(fresh23a-request-scoped, in one isolate: analyzer/pipeliner.py `request_param`)."""
import json
from pathlib import Path

from tests.executor.runtime_harness import LocalService
from tests.support.stack import service_files

FOLDER = Path(__file__).resolve().parents[1] / "services" / "fresh23a-request-scoped"
JSON = {"content-type": "application/json"}

# the same middleware through a helper whose `req`, written across its await, is a cell
# (the analysis cannot tell it holds a request): the cell travels with the message instead
# of the unit's state (runtime/cells.js)
THROUGH_A_HELPER = b"""'use strict';
const memberService = require('../services/memberService');
const { UnauthorizedError } = require('../errors/AppError');

async function attach(req, res, id) {
  req.attempts = (req.attempts ?? 0) + 1;
  try {
    const found = await memberService.get(id);
    req.member = found;
    res.locals.account = found.account;
  } catch (e) {
    req.failed = req.attempts;
    throw e;
  }
}

module.exports = async function currentMember(req, res, next) {
  const id = req.get('x-member-id');
  if (!id) return next(new UnauthorizedError('x-member-id header required'));
  try {
    await attach(req, res, id);
    next();
  } catch (err) {
    next(err.statusCode === 404 ? new UnauthorizedError('unknown member') : err);
  }
};
"""


# and through an object holding the request (`const ctx = { req, res }`), a cell too
THROUGH_A_CONTEXT = b"""'use strict';
const memberService = require('../services/memberService');
const { UnauthorizedError } = require('../errors/AppError');

module.exports = async function currentMember(req, res, next) {
  const ctx = { req, res, tries: 0 };
  const id = req.get('x-member-id');
  if (!id) return next(new UnauthorizedError('x-member-id header required'));
  try {
    ctx.tries++;
    const member = await memberService.get(id);
    ctx.req.member = member;
    ctx.res.locals.account = member.account;
    next();
  } catch (err) {
    ctx.found = false;
    next(err.statusCode === 404 ? new UnauthorizedError('unknown member') : err);
  }
};
"""


def replay(files, nodes):
    with LocalService(files, nodes=nodes) as svc:
        for name in ("Ann", "Bob"):
            assert svc.request("POST", "/api/members", JSON, json.dumps({"name": name, "plan": "basic"}).encode()).status == 201
        me = dict(JSON, **{"x-member-id": "1"})
        assert svc.request("POST", "/api/me/check-in", me).json() == {"id": "1", "visits": 1}
        assert svc.request("POST", "/api/me/buy", me, b'{"amount": 15, "item": "towel"}').status == 400
        assert svc.request("POST", "/api/me/check-in", me).json() == {"id": "1", "visits": 2}
        assert svc.request("PUT", "/api/me/tags/Yoga", me).json() == ["yoga"]
        assert svc.request("GET", "/api/members/1").json()["tags"] == ["yoga"]


def test_the_handlers_get_the_request_the_middleware_wrote_after_its_await():
    replay(service_files(FOLDER), nodes=1)


def test_and_the_request_a_helper_wrote_after_its_await():
    for nodes in (1, 2):
        replay(dict(service_files(FOLDER), **{"middleware/currentMember.js": THROUGH_A_HELPER}), nodes)


def test_and_the_request_an_object_holding_it_wrote_after_its_await():
    for nodes in (1, 2):
        replay(dict(service_files(FOLDER), **{"middleware/currentMember.js": THROUGH_A_CONTEXT}), nodes)


# a middleware keeping a method bound to the response after its await, in an object its wrapper
# changes (so a cell of the unit's state): the handler answers through it after its own await
BOUND_AFTER_AWAIT = r"""
const express = require('express');
const app = express();
const pause = () => new Promise((r) => setTimeout(r, 1));
app.post('/ok', async (req, res, next) => {
  await pause();
  const ctx = { send: res.json.bind(res), calls: 0 };
  res.ok = (body) => { ctx.calls++; return ctx.send({ ...body, calls: ctx.calls }); };
  next();
}, async (req, res) => {
  await pause();
  res.status(201).set('X-Ok', 'yes');
  res.ok({ done: true });
  pause();
});
module.exports = app;
"""


def test_a_method_bound_to_the_response_in_a_cell_answers_with_the_handlers_status():
    """fresh25a-esm-idempotency: the cell came back from the unit's state with a copy of the response the
    bound `json` was made on, whose status and headers the handler had not set (200, no X-Ok): a cell holding
    a function bound to a request or response travels in the message, as one holding them (runtime/cells.js)."""
    with LocalService({"app.js": BOUND_AFTER_AWAIT}, nodes=2) as svc:
        for _ in range(2):
            answer = svc.request("POST", "/ok")
            assert (answer.status, answer.header("x-ok"), answer.json()) == (201, "yes", {"done": True, "calls": 1})
