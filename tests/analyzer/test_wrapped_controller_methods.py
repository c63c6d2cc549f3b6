"""A controller whose methods a helper replaces by wrapped, bound copies (`for (const name of
Object.getOwnPropertyNames(proto)) instance[name] = asyncHandler(proto[name].bind(instance))`): the route
`app.post('/x', controller.hit)` runs the wrapper, which calls the method on the instance. The wrapper is
the route's handler (a fluxion of the controller's group), not only the class's method: taken for the
method alone, the wrapper ran in the HTTP unit and called it on main's copy of the controller (fresh23a)."""

from .helpers import graph, routes, same_group

WRAPPED = """
    const express = require('express');
    const asyncHandler = (fn) => (req, res, next) => Promise.resolve(fn(req, res, next)).catch(next);
    function wrapController(instance) {
      const proto = Object.getPrototypeOf(instance);
      for (const name of Object.getOwnPropertyNames(proto)) {
        if (name === 'constructor') continue;
        instance[name] = asyncHandler(proto[name].bind(instance));
      }
      return instance;
    }
    class CounterController {
      constructor() { this.counts = new Map(); }
      async hit(req, res) { const n = (this.counts.get(req.params.key) ?? 0) + 1; this.counts.set(req.params.key, n); res.json(n); }
      async list(req, res) { res.json(Object.fromEntries(this.counts)); }
    }
    const controller = wrapController(new CounterController());
    const app = express();
    app.post('/counters/:key', controller.hit);
    app.get('/counters', controller.list);
"""


def test_the_route_runs_the_wrapper_the_helper_put_on_the_instance():
    assert ("POST", "/counters/:key", 2) in routes(WRAPPED)
    assert ("GET", "/counters", 2) in routes(WRAPPED)


def test_the_wrapper_calls_the_methods_in_the_controllers_group():
    wrapper = [f["id"] for f in graph(WRAPPED)["fluxions"] if f["loc"]["start"]["line"] == 2][0]
    assert same_group(WRAPPED, wrapper, 13, 14)
