"""A module variable keeps its value wherever its unit runs, whatever its name: the compiled
module's accessor (executor/compiler.py, `accessors`) once took parameters named `op`, `n` and
`v`, which shadowed the service's own `let n = 0`: restored on another isolate, `n` was read as
the string "n" and written as nothing."""
import pytest

from tests.executor.runtime_harness import LocalService

pytestmark = [pytest.mark.executor]

APP = """
const express = require('express');
const app = express();
let n = 5;
let v = 'v';
let op = 0;
const exports_ = [];
app.post('/bump', (req, res) => { exports_.push(op); res.json({ n: ++n, v: v += '!', op: ++op, seen: exports_ }); });
module.exports = app;
"""


def test_variables_named_like_the_accessors_parameters_travel():
    with LocalService({"app.js": APP}, nodes=2) as svc:
        answers = [svc.request("POST", "/bump").json() for _ in range(3)]
    assert answers == [{"n": 6, "v": "v!", "op": 1, "seen": [0]},
                       {"n": 7, "v": "v!!", "op": 2, "seen": [0, 1]},
                       {"n": 8, "v": "v!!!", "op": 3, "seen": [0, 1, 2]}]
