"""Error messages user code shows as Node.js 20 words them, though the isolates' V8 is newer
(runtime/node_globals.js), checked against the real Node.js."""
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
