"""Modern syntax parses and is analysed without a crash (no promise splitting asserted here)."""
import pytest

from analyzer import analyze_source

from .helpers import assert_fluxions, graph, js, kind_of, signature

MODERN = """
    const express = require('express');
    const app = express();
    const LIMIT = 10;
    const defaults = { page: 1, ...{ size: 20 } };
    class Store {
      constructor(x = 1) { this.x = x; }
      get size() { return this.x; }
      static of(...xs) { return new Store(xs.length); }
    }
    app.get('/:a', (req, res) => {
      const { a, ...rest } = req.params;
      const [first, , third = 3] = [1, 2];
      const opts = { ...defaults, a, [a + 'x']: 1 };
      const tagged = String.raw`x${a}`;
      setTimeout(() => { res.send(`${a} ${first} ${third} ${LIMIT} ${opts.page}`); }, 1);
    });
"""


def test_modern_service_fluxions():
    assert_fluxions(MODERN, ["main", ("start", 10), ("post", 15)])


def test_destructured_variables_travel_downstream():
    assert {"a", "first", "third", "opts", "res"} <= signature(MODERN, 10, 15)


def test_destructured_variable_is_stream():
    assert kind_of(MODERN, "a") == "stream" and kind_of(MODERN, "third") == "stream"


SNIPPETS = {
    "object rest": "const { a, ...rest } = { a: 1, b: 2 };\n",
    "object spread": "const o = { ...{ a: 1 }, b: 2 };\n",
    "array destructuring": "const [x, , z = 3, ...more] = [1, 2];\n",
    "nested destructuring params": "function f({ a: { b } }, [c] = []) { return b + c; }\n",
    "default params": "function f(a, b = a + 1) { return b; }\nf(1);\n",
    "rest params": "function f(...args) { return args.length; }\n",
    "arrow body forms": "const f = x => x * 2;\nconst g = (a, b) => ({ a, b });\n",
    "class with extends and super": "class A { m() { return 1; } }\nclass B extends A { m() { return super.m() + 1; } }\n",
    "class expression": "const C = class Named { static s() {} };\n",
    "template literals": "const n = 1;\nconst s = `a ${n} ${`nested ${n}`}`;\n",
    "tagged template": "const t = (s, ...v) => s.raw.join('');\nt`x${1}y`;\n",
    "async function": "async function f() { const v = await g(); return v; }\nfunction g() {}\n",
    "async arrow": "const f = async (x) => { await x; };\n",
    "async method": "const o = { async m() { await 1; } };\nclass K { async m() { await 2; } }\n",
    "exponent": "let y = 2 ** 3;\ny **= 2;\n",
    "trailing commas": "function f(a, b,) {}\nf(1, 2,);\n",
    "generators": "function* gen() { yield 1; yield* [2]; }\n",
    "for of with const": "for (const [k, v] of Object.entries({})) { console.log(k, v); }\n",
    "computed keys and shorthand methods": "const k = 'x';\nconst o = { [k]: 1, m() {}, get g() { return 1; } };\n",
    "new.target and symbols": "function F() { return new.target; }\nconst s = Symbol('x');\n",
    "labelled blocks": "outer: { break outer; }\n",
    "regex flags": "const r = /a+/giu;\nconst st = /x/y;\n",
}


@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_parses_without_crash(name):
    g = analyze_source(SNIPPETS[name]).graph
    assert g["fluxions"][0]["kind"] == "main"
    assert [d for d in g["diagnostics"] if d["severity"] != "info"] == []


def test_async_handler_is_a_start_fluxion():
    src = """
        const express = require('express');
        const app = express();
        app.get('/', async (req, res) => {
          const v = await Promise.resolve(1);
          res.send(String(v));
        });
    """
    g = graph(src)
    assert [(f["kind"], f["loc"]["start"]["line"]) for f in g["fluxions"]][:2] == [("main", 1), ("start", 3)]


def test_async_function_flag():
    f = graph(js("""
        setTimeout(async function later() {}, 1);
    """))["fluxions"][1]
    assert f["async"] is True
