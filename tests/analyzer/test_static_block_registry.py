"""`class A extends Plugin { static { registry.add(this); } }`: the static block's `this` is the class, so
`registry` holds A and `for (const C of registry) C.count++` changes A's statics. The analysis kept no
link from `registry` to A, so A's static count stayed main's on every node (a probe of the twenty-sixth
round)."""
from .helpers import same_group, write_lines

SOURCE = """
    const express = require('express');
    const app = express();
    const registry = new Set();
    class Plugin { static count = 0; }
    class A extends Plugin { static { registry.add(this); } }
    class B extends Plugin { static { registry.add(this); } }
    app.get('/c', (req, res) => { for (const C of registry) C.count++; res.json({ ok: true }); });
    app.get('/a', (req, res) => res.json({ a: A.count, b: B.count }));
"""


def test_a_class_a_static_block_registers_is_inside_the_registry():
    assert ("get_c", 7) in write_lines(SOURCE, "A")
    assert same_group(SOURCE, "get_c", "get_a")
