"""A controller's methods bound by a helper that mounts them (`mount(app, notes, routes)` doing
`router[method](path, controller[action].bind(controller))` for each route): the handlers Express gets are
bound methods of the class of the instances the helper's callers hand it, whose `this` is what those
callers give (`notes`). Unseen, no fluxion ran them: each request wrote main's copy of `notes` and lost it,
on one node too (fresh27f-async-controllers). tests/executor/test_helper_bound_methods.py runs them."""
from .helpers import graph

MOUNTED = """
    const express = require('express');
    class NotesController {
      constructor() { this.notes = []; }
      create(req, res) { this.notes.push(req.query.t); res.json(this.notes.length); }
      list(req, res) { res.json(this.notes); }
    }
    function mount(router, controller, routes) {
      for (const [method, path, action] of routes) {
        const fn = controller[action];
        REGISTER;
      }
    }
    const app = express();
    const notes = new NotesController();
    mount(app, notes, [['post', '/notes', 'create'], ['get', '/notes', 'list']]);
"""


def handlers_and_state(register):
    g = graph(MOUNTED.replace("REGISTER", register))
    names = {f["id"] for f in g["fluxions"]}
    grouped = [sorted(x["variables"]) for x in g["groups"] if {"create", "list"} <= set(x["fluxions"])]
    return names, grouped


def test_methods_bound_through_a_helpers_parameter_are_fluxions_of_the_instances_state():
    names, grouped = handlers_and_state("router[method](path, fn.bind(controller))")
    assert {"create", "list"} <= names
    assert grouped and "notes" in grouped[0]


def test_so_with_the_route_methods_written_out():
    names, grouped = handlers_and_state(
        "if (method === 'post') router.post(path, fn.bind(controller)); else router.get(path, fn.bind(controller))")
    assert {"create", "list"} <= names
    assert grouped and "notes" in grouped[0]

