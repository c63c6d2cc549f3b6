"""`new A().bump()` where `bump` is no method of class A but one a mixin copied onto its prototype
(`Object.assign(A.prototype, Counting)`, or the object a factory returns): the call resolved to nothing,
so the module state `bump` writes was written by a handler analysed as stateless, each node counting its
own (a probe of the twenty-sixth round)."""
import pytest

from .helpers import write_lines

SOURCE = """
    const express = require('express');
    const app = express();
    let n = 0;
    MIXIN
    app.get('/b', (req, res) => res.json({ n: new A().bump() }));
"""


@pytest.mark.parametrize("mixin", [
    "const M = { bump() { n += 1; return n; } }; class A {} Object.assign(A.prototype, M);",
    "const make = () => ({ bump() { n += 1; return n; } }); class A {} Object.assign(A.prototype, make());",
    "const M = { bump() { n += 1; return n; } }; function A() {} Object.assign(A.prototype, M);",
])
def test_a_mixed_in_method_called_on_a_fresh_instance_writes_what_it_writes(mixin):
    assert any(f == "get_b" for f, _ in write_lines(SOURCE.replace("MIXIN", mixin), "n"))
