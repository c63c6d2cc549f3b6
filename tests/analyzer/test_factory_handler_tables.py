"""Handlers registered from a table a program factory returns (`const actions = makeActions(store)`, then
`Object.entries(actions)` looped over, each `router.post(`/${name}`, handler)`): the registered function is one of
the table's, so each is a fluxion of its own and, as it changes `store`, stateful. They were taken for functions
computed at run time (dynamic-callback), run inside the HTTP unit as stateless code: on two nodes each changed
its own copy of the store."""
from .helpers import assert_fluxions, same_group

TABLE = """
    const express = require('express');
    function makeActions(store) {
      return {
        open: (req, res) => { store.log.push('open'); res.json(store.log.length); },
        close: (req, res) => { store.log.push('close'); res.json(store.log.length); },
      };
    }
    const actions = makeActions({ log: [] });
    const router = express.Router();
    LOOP
    const app = express();
    app.use(router);
"""

FOR_OF = TABLE.replace("LOOP", "for (const [name, handler] of Object.entries(actions)) router.post(`/${name}`, handler);")
FOR_EACH = TABLE.replace("LOOP", "Object.entries(actions).forEach(([name, handler]) => router.post(`/${name}`, handler));")


def test_handlers_of_a_factorys_table_looped_over_are_fluxions():
    assert_fluxions(FOR_OF, ["main", ("start", 4), ("start", 5)])


def test_handlers_of_a_factorys_table_handed_on_by_for_each_are_fluxions():
    assert_fluxions(FOR_EACH, ["main", ("start", 4), ("start", 5)])


def test_both_handlers_share_the_store():
    assert same_group(FOR_OF, 4, 5)
