"""`svc.lookup(k)` where the program replaced `Svc.prototype.lookup` (`= function (k) { log.push(k); ... }` at the
top level, or a helper wrapping `C.prototype[name]` in a loop): the replacement runs, not the class's own method,
so what it writes is the caller's write. The analysis resolved the call to the class body's method and the handler
writing `log` was stateless (fresh27b-instrumented)."""
import pytest

from .helpers import write_lines

SOURCE = """
    const express = require('express');
    const app = express();
    class Svc { lookup(k) { return k.toUpperCase(); } }
    const log = [];
    PATCH
    const svc = new Svc();
    app.get('/x/:k', (req, res) => res.json(svc.lookup(req.params.k)));
    app.get('/log', (req, res) => res.json(log));
"""

PATCHES = {
    "direct": "Svc.prototype.lookup = function (k) { log.push(k); return k; };",
    "helper": "function tap(C, names) { for (const name of names) { const orig = C.prototype[name]; "
              "C.prototype[name] = function (...a) { log.push(a[0]); return orig.apply(this, a); }; } } tap(Svc, ['lookup']);",
    "wrapper": "function tapped(fn) { return function (k) { log.push(k); return fn.call(this, k); }; } "
               "Svc.prototype.lookup = tapped(Svc.prototype.lookup);",
}


@pytest.mark.parametrize("patch", list(PATCHES))
def test_a_replaced_prototype_method_writes_in_the_calling_handler(patch):
    assert "get_x_k" in {f for f, _ in write_lines(SOURCE.replace("PATCH", PATCHES[patch]), "log")}
