"""A timer's callback is given the arguments after the delay (`setTimeout(fn, 0, items)`,
`setImmediate(fn, a, b)`, `process.nextTick(fn, items)`): what it changes of its parameters is
the state they hold, changed in the callback's own fluxion (fresh16-deferred-writes)."""
from .helpers import fluxion, same_group, stateful, writes

OUTBOX = """
    const express = require('express');
    const app = express();
    const outbox = [];
    const delivered = [];
    function drain(queue, sent) { while (queue.length) sent.push(queue.shift()); }
    app.post('/outbox', (req, res) => {
      outbox.push(req.body.msg);
      if (outbox.length >= 2) setImmediate(drain, outbox, delivered);
      res.end();
    });
    app.get('/outbox', (req, res) => res.json({ outbox, delivered }));
"""


def test_a_callback_changing_the_arguments_setImmediate_gives_it_is_stateful():
    assert fluxion(OUTBOX, "drain")["group"] is not None
    assert same_group(OUTBOX, "drain", 6) and same_group(OUTBOX, "drain", 11)


ARROWS = """
    const express = require('express');
    const app = express();
    const items = [];
    const seen = { n: 0 };
    app.post('/a', (req, res) => { setTimeout((list) => { list.push(1); }, 0, items); res.end(); });
    app.post('/b', (req, res) => { process.nextTick((s) => { s.n++; }, seen); res.end(); });
    app.post('/c', (req, res) => { setTimeout((...all) => { all[0].push(2); }, 5, items); res.end(); });
    app.get('/r', (req, res) => res.json([items, seen]));
"""


def test_arrows_given_state_by_settimeout_and_nexttick_are_stateful():
    for name in ("setTimeout_5", "nextTick_6"):
        assert fluxion(ARROWS, name)["group"] is not None, name
        assert same_group(ARROWS, name, 8)


def test_a_primitive_argument_makes_no_state():
    src = """
        const express = require('express');
        const app = express();
        app.post('/a', (req, res) => { setTimeout((n) => { n++; }, 0, 1); res.end(); });
    """
    assert not stateful(src, 3)


BOUND = """
    const express = require('express');
    const app = express();
    const items = [];
    function push(list, x) { list.push(x); }
    app.post('/a', (req, res) => { setTimeout(push.bind(null, items, 1), 0); res.end(); });
    app.post('/b', (req, res) => { queueMicrotask(push.bind(null, items, 2)); res.end(); });
    app.get('/r', (req, res) => res.json(items));
"""


def test_a_function_bound_to_state_run_by_a_timer_or_a_microtask_is_stateful():
    assert fluxion(BOUND, "push")["group"] is not None
    assert same_group(BOUND, "push", 7)


PARTIAL_MADE_IN_MAIN = """
    const express = require('express');
    const app = express();
    const tally = {};
    function inc(target, key) { target[key] = (target[key] || 0) + 1; return target[key]; }
    const bump = inc.bind(null, tally);
    app.post('/tally/:k', (req, res) => res.json({ n: bump(req.params.k) }));
    app.get('/tally', (req, res) => res.json(tally));
"""


def test_a_partial_bound_to_state_in_main_writes_that_state_where_it_is_called():
    """fresh25c (a probe): `const bump = inc.bind(null, tally)` at the top level, called by a handler. The
    bound argument was looked at as main's local (main's module variables are its own scope), so the
    handler's `target[key] = ...` through it was no write of `tally` and the handler was stateless."""
    assert writes(PARTIAL_MADE_IN_MAIN, "tally")
    assert stateful(PARTIAL_MADE_IN_MAIN, 6)
    assert same_group(PARTIAL_MADE_IN_MAIN, 6, 7)
