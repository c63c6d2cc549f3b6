"""What a top-level class computes when it is made is main's (executor/class_parts.py).

Each node loads the module again; a class part that draws a random key, a token
or a base class must give every node main's value, or two nodes serve two
different classes.
"""
from types import SimpleNamespace

import httpx
import pytest

from analyzer.parse import parse
from executor import api
from executor.class_parts import class_part_edits
from tests.support.stack import LiquefyStack

pytestmark = pytest.mark.executor

SERVICE = {"app.js": b"""
const crypto = require('crypto');
const app = require('express')();
const pick = (bases) => bases[crypto.randomInt(bases.length)];
class A { who() { return 'A'; } }
class B { who() { return 'B'; } }
class Drawn extends pick([A, B]) {
  static token = crypto.randomUUID();
  static { this.seed = crypto.randomInt(1e9); }
  [`m${crypto.randomInt(1e9)}`]() {}
}
app.get('/drawn', (req, res) => res.json({ base: new Drawn().who(), token: Drawn.token, seed: Drawn.seed,
                                          keys: Object.getOwnPropertyNames(Drawn.prototype) }));
module.exports = app;
"""}


def test_every_node_serves_mains_class():
    with LiquefyStack(nodes=["cd1", "cd2"]) as stack:
        stack.deploy("drawn", SERVICE)
        [unit] = [u for u, info in api.placement("drawn").items() if "get_drawn" in info["fluxions"]]
        answers = []
        for node in ("cd1", "cd2", "cd1"):
            api.place("drawn", unit, node)
            answers.append(httpx.get(stack.url("drawn", "/drawn")).json())
        assert answers[0] == answers[1] == answers[2]
        assert answers[0]["base"] in ("A", "B") and len(answers[0]["keys"]) == 2


def edited(source):
    module = SimpleNamespace(path="app.js", text=source, ast=parse(source))
    out, pos = [], 0
    for start, end, text in sorted(class_part_edits(module)):
        out += [source[pos:start], text]
        pos = end
    return "".join(out + [source[pos:]])


def test_only_the_parts_that_compute_are_kept_for_main():
    source = ("class A extends Base { static n = 1; static m = f(); [Symbol.iterator]() {} [k()]() {}"
              " static { g(); } }")
    assert edited(source) == (
        'class A extends Base { static n = 1; static m = (__defining?(f()):undefined); [Symbol.iterator]() {} '
        '[__rt.classPart(__defining,"app.js",0,()=>(k()))]() {} static {if(__defining){ g(); }} }')


def test_a_class_made_inside_a_function_is_left_alone():
    source = "function make() { return class extends mix(Base) { static x = f(); }; }\n"
    assert edited(source) == source


def test_a_heritage_call_is_kept_for_main():
    assert edited("const C = class extends mix(Base) {};") == (
        'const C = class extends __rt.classPart(__defining,"app.js",0,()=>(mix(Base))) {};')


def test_the_static_state_of_a_class_expression_is_made_on_each_node():
    """Only a declared class's static state comes back from main's snapshot."""
    source = "module.exports = class { static cache = new Map(); static { this.ready = true; } };"
    assert edited(source) == source
