"""`users.forEach((u) => index.set(u.id, u))` at startup: `u` is an element of `users`, so what `index`
holds is `users`' objects and `index.get(id).n++` changes `users`. The analysis took `u` for a parameter only,
so `users` stayed main's copy for its readers (a probe of the twenty-sixth round); and an arrow's expression
body was never noted as the expressions in a block body are (`(u) => index.set(u.id, u)`)."""
import pytest

from .helpers import write_lines

SOURCE = """
    const express = require('express');
    const app = express();
    const users = [{ id: 'a', n: 0 }, { id: 'b', n: 0 }];
    const index = new Map();
    users.forEach(BODY);
    app.get('/hit', (req, res) => { index.get(req.query.id).n++; res.json({ ok: true }); });
    app.get('/users', (req, res) => res.json(users));
"""


@pytest.mark.parametrize("body", ["(u) => index.set(u.id, u)", "(u) => { index.set(u.id, u); }",
                                  "function (u) { index.set(u.id, u); }"])
def test_an_element_stored_by_a_callback_is_inside_the_container(body):
    assert ("get_hit", 6) in write_lines(SOURCE.replace("BODY", body), "users")


def test_a_prototype_set_on_an_element_is_inside_the_container():
    src = """
        const express = require('express');
        const app = express();
        const shared = { hits: [] };
        const objs = [{}, {}];
        objs.forEach((o) => Object.setPrototypeOf(o, shared));
        app.get('/c', (req, res) => { objs[0].hits.push(1); res.json({ n: shared.hits.length }); });
    """
    assert ("get_c", 6) in write_lines(src, "shared")


def test_the_values_of_an_object_are_its_elements():
    src = """
        const express = require('express');
        const app = express();
        const defaults = { redeemed: [] };
        const promos = { spring: { pct: 10 }, vip: { pct: 25 } };
        Object.values(promos).forEach((p) => Object.setPrototypeOf(p, defaults));
        app.post('/r/:k', (req, res) => { promos[req.params.k].redeemed.push(1); res.json({ ok: true }); });
    """
    assert ("post_r_k", 6) in write_lines(src, "defaults")
