"""Functions called through an element of an array handed to a function: a hand-written
`compose` of middleware (tests/services/fresh5-compose-pipeline)."""
import pytest

from .helpers import graph, same_group, write_lines

COMPOSE = """
    const express = require('express');
    const app = express();
    const audit = [];
    function compose(middleware) {
      return function run(ctx) {
        const step = (i) => {
          const fn = middleware[i];
          return fn ? fn(ctx, () => step(i + 1)) : undefined;
        };
        return step(0);
      };
    }
    const catalog = { audit: (ctx, next) => { audit.push(ctx.user); next(); } };
    const first = (ctx, next) => next();
    const plugins = ['audit'];
    const handle = compose([first, ...plugins.map((n) => catalog[n])]);
    app.post('/say', (req, res) => { handle({ user: 'ann' }); res.end(); });
    app.get('/audit', (req, res) => res.json(audit));
"""


def test_a_function_picked_from_a_table_by_map_and_spread_into_the_array_runs_where_the_array_element_is_called():
    """`const fn = middleware[i]; fn(ctx)` may run any function handed in `middleware`,
    among them the table's, picked by `plugins.map((n) => catalog[n])`: its write of `audit`
    is the route's."""
    assert ("post_say", 13) in write_lines(COMPOSE, "audit")
    assert same_group(COMPOSE, 17, 18)


SPREAD = """
    const express = require('express');
    const app = express();
    const seen = [];
    function runAll(list, x) {
      for (let i = 0; i < list.length; i++) {
        const f = list[i];
        f(x);
      }
    }
    const extra = [(x) => seen.push(x)];
    app.post('/x', (req, res) => { runAll([...extra], 1); res.end(); });
"""


def test_a_function_spread_into_the_array_handed_over_runs_where_an_element_is_called():
    assert ("post_x", 10) in write_lines(SPREAD, "seen")


SUBSCRIBED = """
    const express = require('express');
    const app = express();
    function createStore(reducer) {
      let state = reducer(undefined, {});
      const listeners = new Set();
      return {
        getState: () => state,
        dispatch(action) { state = reducer(state, action); listeners.forEach((fn) => fn(state, action)); },
        subscribe(fn) { listeners.add(fn); },
      };
    }
    let version = 0;
    const record = (state, action) => { version += 1; };
    const store = createStore((s = 0, a) => (a.type === 'inc' ? s + 1 : s));
    store.subscribe(record);
    app.post('/inc', (req, res) => { store.dispatch({ type: 'inc' }); res.end(); });
    app.get('/version', (req, res) => res.json(version));
"""


def test_a_listener_called_by_a_forEach_callback_over_program_state_runs_where_the_forEach_runs():
    """`listeners.forEach((fn) => fn(state))`: `fn` is an element of a Set the program filled
    with the functions it handed over (`store.subscribe(record)`), not a parameter only outside
    code calls: record's write of `version` is the dispatching route's (unseen-store-redux)."""
    assert ("post_inc", 13) in write_lines(SUBSCRIBED, "version")
    assert same_group(SUBSCRIBED, 16, 17)


NAMED_LIKE_A_BUILTIN = """
    const express = require('express');
    const fs = require('fs');
    function Store() { this.notes = []; this.saves = 0; }
    Store.prototype.save = function () {
      const self = this;
      fs.writeFile('/tmp/notes.json', JSON.stringify(self.notes), function () { self.saves++; });
    };
    Store.prototype.add = function (text) { this.notes.push(text); this.save(); return text; };
    const store = new Store();
    const app = express();
    app.post('/notes', (req, res) => res.json(store.add('x')));
    app.get('/saves', (req, res) => res.json(store.saves));
"""


def test_a_program_method_named_as_a_builtin_mutating_method_runs_where_it_is_called():
    """`store.add(text)` is Set's add for the analysis of built-ins, and the program's `add`
    too: the callback of its `this.save()` writes the store (unseen-callback-store, where the
    file-writing callbacks were put in a group of their own and read a cell outside it)."""
    assert same_group(NAMED_LIKE_A_BUILTIN, 11, 12)
    assert same_group(NAMED_LIKE_A_BUILTIN, 6, 12)


PACKAGE_MADE = """
    const express = require('express');
    const R = require('ramda');
    let state = { todos: [] };
    const summary = R.pipe(R.countBy(R.prop('done')));
    function update(recipe) { const draft = { ...state }; recipe(draft); state = draft; }
    const app = express();
    app.post('/t', (req, res) => { update((draft) => { draft.todos = [req.body]; }); res.end(); });
    app.get('/s', (req, res) => res.json(summary(state.todos)));
"""


def test_a_package_made_function_in_a_module_variable_is_no_function_taken_from_state():
    """`summary(state.todos)`, summary made by ramda: not one of the program's handed functions
    (fresh8-immer-store: taking it for one made immer's drafts shared variables that cannot travel)."""
    shared = {v["name"] for v in graph(PACKAGE_MADE)["variables"] if v["kind"] == "share"}
    assert "draft" not in shared and "req" not in shared


SUBCLASS_STATICS = """
    const express = require('express');
    class Channel { static sent = 0; send() { this.constructor.sent++; Channel.sent++; } }
    class Email extends Channel { static sent = 0; }
    const email = new Email();
    const app = express();
    app.post('/send', (req, res) => { email.send(); res.end(); });
    app.get('/totals', (req, res) => res.json({ all: Channel.sent, email: Email.sent }));
"""


def test_this_constructor_in_a_base_class_method_writes_every_subclass_static():
    """`this.constructor.sent++`: the static of the instance's own subclass (fresh10-notifier-channels
    lost EmailChannel.sent once its unit moved)."""
    variables = {v["name"]: v for v in graph(SUBCLASS_STATICS)["variables"]}
    assert "post_send" in {w["fluxion"] for w in variables["Email"]["writes"]}
    assert same_group(SUBCLASS_STATICS, 6, 7)


NAMESPACE_DISPATCH = {
    "package.json": '{"type": "module"}',
    "broker.js": """
        const muted = new WeakSet();
        const byName = new Map();
        export const mute = (name) => (byName.has(name) ? (muted.add(byName.get(name)), true) : false);
        export function unmute(name) { return muted.delete(byName.get(name) ?? {}); }
        export const isMuted = (name) => muted.has(byName.get(name) ?? {});
    """,
    "app.js": """
        import express from 'express';
        import * as broker from './broker.js';
        const app = express();
        app.post('/:action(mute|unmute)/:name', (req, res) => res.json(broker[req.params.action](req.params.name)));
        app.get('/:name', (req, res) => res.json(broker.isMuted(req.params.name)));
        export default app;
    """,
}


def test_a_computed_call_on_a_module_namespace_may_run_any_function_it_exports():
    """fresh11-esm-weak-pubsub: `broker[req.params.action](name)` on `import * as broker` runs
    `mute` or `unmute`, which change `muted`: before, the handler was not seen writing it (the
    WeakSet stayed a read-only variable, and `/mute` changed a copy)."""
    assert same_group(NAMESPACE_DISPATCH, 4, 5)
    assert any(v["name"] == "muted" and v["writes"] for v in graph(NAMESPACE_DISPATCH)["variables"])


WRAPPED_STEPS = {
    "metrics.js": """
        const perStep = {};
        exports.timed = (name, fn) => async function timedStep(ctx) {
          perStep[name] = (perStep[name] ?? 0) + 1;
          return fn(ctx);
        };
    """,
    "db.js": """
        const rows = [];
        module.exports = { insert(row) { rows.push(row); return rows.length; }, get count() { return rows.length; } };
    """,
    "app.js": """
        const express = require('express');
        const db = require('./db');
        const metrics = require('./metrics');
        async function validate(ctx) { if (!ctx.email) throw new Error('email'); }
        async function persist(ctx) { ctx.id = db.insert({ email: ctx.email }); }
        const pipeline = [validate, persist].map((fn) => metrics.timed(fn.name, fn));
        const app = express();
        app.post('/signup', async (req, res) => {
          const ctx = { email: req.query.email };
          for (const step of pipeline) await step(ctx);
          res.json(ctx.id);
        });
        app.get('/count', (req, res) => res.json(db.count));
        module.exports = app;
    """,
}


def test_a_function_a_map_callback_hands_on_may_be_any_element_of_the_array_mapped():
    """fresh11-pipeline-steps: `[validate, persist].map((fn) => metrics.timed(fn.name, fn))`,
    and `timedStep` calls `fn(ctx)`: `fn` may be `validate` or `persist`, which writes the db.
    Before, `fn` was only the map callback's parameter, which no program code calls: `persist`'s
    writes were not the signup's, and `/count` read main's empty db."""
    assert same_group(WRAPPED_STEPS, 8, 13)


REDUCED_CHAIN = """
    const express = require('express');
    const handlers = new Map();
    const totals = {};
    function register(name, fn) { handlers.set(name, fn); }
    register('add', (p) => { totals[p.k] = (totals[p.k] ?? 0) + 1; return totals[p.k]; });
    const wrappers = [];
    const app = express();
    app.post('/:name', (req, res) => {
      const run = wrappers.reduceRight((next, w) => (p) => w(p, next), handlers.get(req.params.name));
      res.json(run(req.body));
    });
    app.get('/totals', (req, res) => res.json(totals));
    module.exports = app;
"""


def test_what_reduce_gives_is_its_initial_value_or_what_its_callback_returns():
    """fresh11-command-registry: `const run = middlewares.reduceRight((next, mw) => (p) => mw(name, p,
    next), handler)` with `handler` from the Map of registered commands: calling `run` may call
    `handler`, which writes `totals`. Before, reduce gave nothing of program state (a read-only
    method), so the command's writes were not the dispatching route's."""
    assert same_group(REDUCED_CHAIN, 8, 12)


HOOK_REGISTRY = """
    const express = require('express');
    class Registry {
      #hooks = new Map();
      hook(name, fn) {
        if (!this.#hooks.has(name)) this.#hooks.set(name, []);
        this.#hooks.get(name).push(fn);
      }
      run(name, value) {
        return (this.#hooks.get(name) ?? []).reduce((acc, fn) => fn(acc) ?? acc, value);
      }
    }
    const registry = new Registry();
    let next = 100;
    registry.hook('beforeSave', (doc) => ({ id: next++, ...doc }));
    registry.hook('report', (report) => ({ ...report, nextId: next }));
    const app = express();
    app.post('/docs', (req, res) => res.json(registry.run('beforeSave', { title: 'x' })));
    app.get('/report', (req, res) => res.json(registry.run('report', {})));
    module.exports = app;
"""


def test_a_function_kept_in_program_state_and_called_by_a_reduce_callback_runs_where_reduce_runs():
    """fresh13-plugin-hooks: hooks kept in a registry's private Map and called as `fn(acc)` by
    `reduce`'s callback, its second parameter an element of the reduced array. Before, `fn` was
    a parameter of a callback only outside code calls (as `next` is): the hook's write of `next`
    stayed in a unit of its own, and the route ran it on its node's copy of `next`."""
    assert ("post_docs", 14) in write_lines(HOOK_REGISTRY, "next")
    assert same_group(HOOK_REGISTRY, 17, 18)


ARRAY_TABLE = """
    const express = require('express');
    const seen = [];
    const steps = [(x) => seen.push(x), (x) => x * 2];
    const app = express();
    app.post('/run/:i', (req, res) => res.json(steps[req.params.i](1)));
    app.get('/seen', (req, res) => res.json(seen));
    module.exports = app;
"""


def test_a_function_of_an_array_literal_called_by_index_runs_in_the_caller():
    """`steps[i](x)` may run any function written in the array literal `steps` is made from:
    the first one's write of `seen` is the route's. Before, only object literals were tables."""
    assert ("post_run_i", 3) in write_lines(ARRAY_TABLE, "seen")
    assert same_group(ARRAY_TABLE, 5, 6)


KEPT_IN_DATA = """
    const express = require('express');
    const totals = { n: 0, hooks: 0, named: 0 };
    const ops = new Map([['inc', () => { totals.n++; }]]);
    const hooks = [];
    hooks.push(() => { totals.hooks++; });
    const registry = {};
    function register(name, fn) { registry[name] = fn; }
    register('named', () => { totals.named++; });
    class Counter { n = 0; inc = () => { this.n++; }; }
    const counter = new Counter();
    const app = express();
    app.post('/op/:name', (req, res) => { ops.get(req.params.name)(); res.end(); });
    app.post('/hook', (req, res) => { hooks[0](); res.end(); });
    app.post('/named/:name', (req, res) => { registry[req.params.name](); res.end(); });
    app.post('/inc', (req, res) => { const { inc } = counter; inc(); res.end(); });
    app.get('/totals', (req, res) => res.json({ totals, n: counter.n }));
    module.exports = app;
"""


@pytest.mark.parametrize("line", [12, 13, 14, 15])
def test_a_function_kept_in_program_data_runs_where_a_value_taken_from_there_is_called(line):
    """Functions put into program data (a Map made in main, an array they are pushed into, an
    object a helper assigns them to) may be what a call of a value taken from that data runs:
    `ops.get(name)()`, `hooks[0]()`, `registry[name]()`. A class field's arrow taken off its
    instance (`const { inc } = counter; inc()`) changes that instance. Before, each of these
    routes was replicated and /totals read main's zeros."""
    assert same_group(KEPT_IN_DATA, line, 16)
