"""`fn.call(this, req, res, next)` in an asyncHandler wrapping several handlers: the parameter's value is only
what the first call gave it (`asyncHandler(list)`), so the other handlers (`asyncHandler(add)`) ran nowhere the
analysis knew: what they wrote was no state of the wrapper's fluxion, and a reader of it was not grouped with it
(fresh23a-esm-catalog's audit, on two nodes). Every function the wrapper's calls give it runs there."""
from .helpers import same_group

WRAPPED = """
    const express = require('express');
    const asyncHandler = (fn) => function wrapped(req, res, next) {
      return Promise.resolve(fn.CALL).catch(next);
    };
    const log = [];
    const list = async (req, res) => res.json({ ok: true });
    const add = async (req, res) => { log.push(req.params.x); res.json(log.length); };
    const app = express();
    app.get('/items', asyncHandler(list));
    app.post('/items/:x', asyncHandler(add));
    app.get('/log', (req, res) => res.json(log));
"""


def test_a_handler_a_wrapper_calls_with_call_is_where_its_writes_are():
    assert same_group(WRAPPED.replace("CALL", "call(this, req, res, next)"), 2, 11)


def test_so_with_apply():
    assert same_group(WRAPPED.replace("CALL", "apply(this, arguments)"), 2, 11)


def test_so_with_a_plain_call():
    assert same_group(WRAPPED.replace("CALL", "call(null, req, res, next)").replace("fn.call(null, ", "fn("), 2, 11)
