"""A class's code putting a part of `this` in a module container (`deps.push(this.subs)`, `deps.add(this.#subs)`
in a constructor) makes that container hold what the instance holds, as `instances.push(this)` does: a write
through the instance (`a.subs.push(x)`) writes the container too. Missed, the container was never written and each
message got main's copy of it, no longer the instance's (a probe of fresh27b-esm-signals)."""
import pytest

from .helpers import write_lines

SOURCE = """
    const express = require('express');
    const app = express();
    const deps = [];
    class A { FIELD constructor() { KEEP; } add(x) { this.PART.push(x); } }
    const a = new A();
    app.get('/x', (req, res) => {
      a.add(req.query.v);
      res.json(deps.map((s) => s.length));
    });
"""


@pytest.mark.parametrize("field, keep, part", [
    ("", "this.subs = []; deps.push(this.subs)", "subs"),
    ("#subs = [];", "deps.push(this.#subs)", "#subs"),
    ("box = { items: [] };", "deps.push(this.box.items)", "box.items"),
])
def test_a_part_of_this_kept_in_a_module_container_is_written_through_the_instance(field, keep, part):
    source = SOURCE.replace("FIELD", field).replace("KEEP", keep).replace("PART", part)
    assert "get_x" in {f for f, _ in write_lines(source, "deps")}
