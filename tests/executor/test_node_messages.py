"""What user code sees of the language as under Node.js 20, though the isolates' V8 is newer
(runtime/node_globals.js): error messages, and the built-ins there are. Checked against the real Node.js."""
import json
import subprocess

from tests.executor.runtime_harness import LocalService
from tests.support.nodejs import NODE

BAD_JSON = ["{oops", "", "[1,]", '{"a":1,}', '{"a" 1}', '"abc', "[1 2]", '{"a":1}x', "\n\n  {x"]
MESSAGES = "(texts) => texts.map((t) => { try { JSON.parse(t); return null; } catch (e) { " \
           "return [e.name, e.message, String(e.stack).split('\\n')[0], e instanceof SyntaxError]; } })"


def test_json_parse_errors_read_as_in_node_20():
    expected = json.loads(subprocess.run(
        [NODE, "-e", f"console.log(JSON.stringify(({MESSAGES})({json.dumps(BAD_JSON)})))"],
        capture_output=True, text=True, check=True).stdout)
    app = ("const app = require('express')();\n"
           f"app.get('/', (req, res) => res.json(({MESSAGES})({json.dumps(BAD_JSON)})));\n"
           "module.exports = app;\n")
    with LocalService({"app.js": app}) as svc:
        assert svc.request("GET", "/").json() == expected
    assert expected[0][1] == "Expected property name or '}' in JSON at position 1"  # what the test compares


BUILT_INS = ("({Object, Array, 'Array.prototype': Array.prototype, Map, Set, 'Set.prototype': Set.prototype, Math, JSON, "
             "Reflect, Intl, 'ArrayBuffer.prototype': ArrayBuffer.prototype, RegExp, Atomics, Uint8Array, "
             "'Uint8Array.prototype': Uint8Array.prototype, Promise, "
             "iterators: Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()))})")
NAMES = f"Object.fromEntries(Object.entries({BUILT_INS}).map(([k, o]) => [k, Object.getOwnPropertyNames(o).sort()]))"
NEWER_GLOBALS = ["Iterator", "Temporal", "Float16Array", "DisposableStack", "AsyncDisposableStack", "SuppressedError"]


def test_the_built_ins_newer_than_node_20_are_not_there():
    """A service or a package testing for Set's union, Object.groupBy, iterator helpers or
    Promise.withResolvers finds what it finds under Node.js 20."""
    expected = json.loads(subprocess.run([NODE, "-e", f"console.log(JSON.stringify({NAMES}))"],
                                         capture_output=True, text=True, check=True).stdout)
    app = ("const app = require('express')();\n"
           f"app.get('/', (req, res) => res.json([{NAMES}, {json.dumps(NEWER_GLOBALS)}.filter((g) => g in globalThis)]));\n"
           "module.exports = app;\n")
    with LocalService({"app.js": app}) as svc:
        names, newer_globals = svc.request("GET", "/").json()
    assert names == expected and newer_globals == []
    assert "groupBy" not in expected["Object"] and "union" not in expected["Set.prototype"]  # Node.js 20 indeed
