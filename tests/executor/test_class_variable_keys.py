"""A class method under a computed key naming a module variable (`[SAVE](x)` with `const SAVE = Symbol('save')` or
`Symbol.for('app.save')`): a node loading the module made the class before main's value of SAVE was back, so the
method was named "undefined" there (`r[SAVE] is not a function`, a probe of fresh27b). The key is a class part now
(executor/class_parts.py): main's value, the same symbol the variable gets back."""
import pytest

from tests.executor.runtime_harness import LocalService

APP = """const express = require('express');
const app = express();
const SAVE = MAKE;
const saved = [];
class Repo { [SAVE](x) { saved.push(x); return saved.length; } }
const r = new Repo();
app.post('/x', (req, res) => res.json(r[SAVE](req.query.v)));
app.get('/x', (req, res) => res.json(saved));
module.exports = app;
"""


@pytest.mark.parametrize("make", ["Symbol('app.save')", "Symbol.for('app.save')", "'save'"])
def test_a_method_keyed_by_a_module_variable_is_found_on_every_node(make):
    with LocalService({"app.js": APP.replace("MAKE", make)}, nodes=2) as svc:
        assert [svc.request("POST", "/x?v=" + v).text for v in "ab"] == ["1", "2"]
        assert svc.request("GET", "/x").json() == ["a", "b"]
