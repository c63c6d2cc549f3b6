"""State written through how 2025-2026 projects are wired (fresh22a): a controller resolved from a
hand-written DI container by a routes factory, an app made by a factory whose listeners write its
locals, plugins registered in a loop with a context object whose own `on`/`emit` keep and call
hooks. Each is state of the fluxions that change or read it; missed, a handler analysed as
stateless writes it (verify mode) or reads main's copy."""

from .helpers import fluxion, graph, routes, same_group, stateful, variable, write_lines

CONTAINER = {
    "app.js": """
        const express = require('express');
        const container = require('./container');
        const buildRoutes = require('./routes');
        const app = express();
        app.use(buildRoutes(container));
        module.exports = app;
    """,
    "container.js": """
        class Container {
          #factories = new Map();
          #singletons = new Map();
          register(name, factory) { this.#factories.set(name, factory); return this; }
          resolve(name) {
            if (this.#singletons.has(name)) return this.#singletons.get(name);
            const made = this.#factories.get(name)(this);
            this.#singletons.set(name, made);
            return made;
          }
        }
        class Tasks {
          served = 0;
          rows = [];
          add = (req, res) => { this.served++; this.rows.push(req.body); res.sendStatus(201); };
          list = (req, res) => res.json(this.rows);
        }
        const container = new Container();
        container.register('tasks', () => new Tasks());
        module.exports = container;
    """,
    "routes.js": """
        const { Router } = require('express');
        module.exports = function buildRoutes(container) {
          const router = Router();
          const tasks = container.resolve('tasks');
          router.post('/tasks', tasks.add);
          router.get('/tasks', tasks.list);
          return router;
        };
    """,
}


def test_a_controller_the_container_resolves_writes_the_container():
    # `tasks.add` writes its `this`, kept in the container's private Map: the container is its state
    assert "add" in variable(CONTAINER, "container")["fluxions"]
    assert stateful(CONTAINER, "add") and same_group(CONTAINER, "add", "list")


FACTORY_APP = {
    "main.js": """
        const { EventEmitter } = require('events');
        const { createApp } = require('./app');
        const events = new EventEmitter();
        const app = createApp(events);
        app.listen(3000);
    """,
    "app.js": """
        const express = require('express');
        exports.createApp = function createApp(events) {
          const app = express();
          app.locals.activity = [];
          events.on('opened', (id) => app.locals.activity.push(id));
          app.post('/open/:id', (req, res) => { events.emit('opened', req.params.id); res.sendStatus(201); });
          app.get('/activity', (req, res) => res.json(req.app.locals.activity));
          return app;
        };
    """,
}


def test_req_app_locals_of_an_app_a_factory_made_is_its_listeners_state():
    # the factory's `app`, kept by its listener's closure, is what `req.app` gives the handler
    assert same_group(FACTORY_APP, 5, 7)


PLUGINS = {
    "index.js": """
        const express = require('express');
        const { createContext } = require('./context');
        const greeter = require('./greeter');
        const hooks = require('./hooks');
        const available = { greeter, hooks };
        const plugins = (process.env.PLUGINS || 'greeter,hooks').split(',').map((n) => available[n]);
        const app = express();
        const ctx = createContext();
        for (const plugin of plugins) plugin.register(app, ctx);
        app.listen(3000);
    """,
    "context.js": """
        exports.createContext = function createContext() {
          const hooks = new Map();
          return {
            on(name, fn) {
              if (!hooks.has(name)) hooks.set(name, []);
              hooks.get(name).push(fn);
            },
            emit(name, payload) {
              for (const fn of hooks.get(name) ?? []) fn(payload);
            },
          };
        };
    """,
    "greeter.js": """
        exports.register = function register(app, ctx) {
          app.post('/greet/:who', (req, res) => {
            ctx.emit('greeted', req.params.who);
            res.json({ hi: req.params.who });
          });
        };
    """,
    "hooks.js": """
        exports.register = function register(app, ctx) {
          const seen = [];
          ctx.on('greeted', (who) => { seen.push(who); });
          app.get('/seen', (req, res) => res.json(seen));
        };
    """,
}


def test_a_method_called_on_each_plugin_of_a_loop_is_found_by_its_name():
    # `plugin.register(app, ctx)`: the handlers it registers on `app` are routes
    assert ("POST", "/greet/:who", 2) in routes(PLUGINS) and ("GET", "/seen", 4) in routes(PLUGINS)


def test_hooks_kept_by_the_contexts_own_on_run_in_the_fluxion_calling_its_emit():
    # `ctx.emit` is the context's own, which calls the hook itself: the handler writes `seen`
    assert fluxion(PLUGINS, 2)["id"] in variable(PLUGINS, "seen")["fluxions"]
    assert same_group(PLUGINS, 2, 4)


TRANSIENT = {
    "app.js": """
        const express = require('express');
        const container = require('./container');
        const app = express();
        app.get('/id', (req, res) => res.json(container.resolve('ids').next()));
        module.exports = app;
    """,
    "container.js": """
        class Container {
          #factories = new Map();
          register(name, factory, { lifetime = 'singleton' } = {}) {
            this.#factories.set(name, { factory, lifetime });
            return this;
          }
          resolve(name) {
            const entry = this.#factories.get(name);
            return entry.factory(this);
          }
        }
        let made = 0;
        const container = new Container();
        container
          .register('clock', () => ({ now: 1 }))
          .register('ids', () => { const base = ++made * 100; let n = 0; return { next: () => base + ++n }; });
        module.exports = container;
    """,
}


def test_a_factory_registered_down_a_chain_and_called_from_its_entry_writes_its_module():
    # `.register(...)` returns `this`: the second call is the container's too; `entry.factory(this)`
    # calls a function kept in the entry an object literal made, which counts in its module
    assert ("get_id", 16) in write_lines(TRANSIENT, "made")
    assert stateful(TRANSIENT, "get_id")


KEPT_ARROW = {
    "index.js": """
        const express = require('express');
        const counter = require('./counter');
        const plugins = [counter];
        const registry = [];
        const ctx = { registry };
        const app = express();
        for (const plugin of plugins) plugin.register(app, ctx);
        app.get('/stats', (req, res) => res.json(ctx.registry.map((r) => r.stats())));
        app.listen(3000);
    """,
    "counter.js": """
        class Counter {
          total = 0;
          register(app, ctx) {
            app.post('/bump', this.bump);
            ctx.registry.push({ stats: () => ({ total: this.total }) });
          }
          bump = (req, res) => { this.total++; res.json(this.total); };
        }
        module.exports = new Counter();
    """,
}


def test_a_variable_holding_an_arrow_that_keeps_a_plugins_this_travels_with_the_plugin():
    # `ctx` holds (in its registry) an arrow whose `this` is the plugin `bump` changes: it is that
    # state's, not main's copy for every node
    assert variable(KEPT_ARROW, "ctx")["kind"] == "share"
    assert same_group(KEPT_ARROW, "bump", 8)


HOOK_ENTRIES = {
    "app.js": """
const express = require('express');
const { Pipeline } = require('./pipeline');
const slugger = require('./slugger');
const noop = { name: 'noop', setup() {} };
const pipeline = new Pipeline();
pipeline.register(noop).register(slugger);
const app = express();
app.post('/posts', (req, res) => res.json(pipeline.transform('beforeCreate', { title: req.query.t })));
module.exports = app;
""",
    "pipeline.js": """
class Pipeline {
  #hooks = new Map();
  register(plugin) {
    const api = {
      on: (event, fn) => {
        if (!this.#hooks.has(event)) this.#hooks.set(event, new Set());
        this.#hooks.get(event).add({ plugin: plugin.name, fn });
        return api;
      },
    };
    plugin.setup(api);
    return this;
  }
  transform(event, value) {
    let out = value;
    for (const hook of this.#hooks.get(event) ?? []) out = hook.fn(out) ?? out;
    return out;
  }
}
module.exports = { Pipeline };
""",
    "slugger.js": """
const taken = {};
module.exports = {
  name: 'slugger',
  setup(api) {
    api.on('beforeCreate', (draft) => {
      taken[draft.title] = (taken[draft.title] ?? 0) + 1;
      return { ...draft, n: taken[draft.title] };
    });
  },
};
""",
}


def test_a_hook_kept_in_an_entry_object_runs_in_the_message_that_calls_it():
    """fresh14-hook-pipeline: a plugin's hook kept as `{ plugin, fn }` by the `on` of an object the plugin gets
    as a parameter, called as `hook.fn(out)`. Once `register(...).register(slugger)` was followed through its
    chain, the hook was a listener with its own unit, called in the route's message on the route's copy of
    `taken`: every other slug counted from the same value while units moved."""
    g = graph(HOOK_ENTRIES)
    groups = {f["id"]: f["group"] for f in g["fluxions"]}
    hook = next(f["id"] for f in g["fluxions"] if f["file"] == "slugger.js")
    assert groups[hook] is not None and groups[hook] == groups["post_posts"]
