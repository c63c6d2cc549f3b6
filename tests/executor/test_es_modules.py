"""ES modules run by the runtime as the CommonJS the analyzer rewrote them into
(analyzer/esm.py), each message in the next isolate."""
import pytest

from tests.executor.runtime_harness import LocalService

PACKAGE = '{"type": "module"}'

COUNTER = {
    "package.json": PACKAGE,
    "app.js": """import express from 'express';
import { count, bump, label } from './counter.js';
import * as counter from './counter.js';
const app = express();
app.post('/bump', (req, res) => { bump(); res.json({ count: counter.current() }); });
app.get('/imported', (req, res) => { res.json({ count, label }); });
export default app;
""",
    "counter.js": """export let count = 0;
export const label = 'counter';
export function bump() { count += 1; }
export function current() { return count; }
""",
}


def test_exports_and_namespace_imports_across_modules():
    svc = LocalService(COUNTER)
    svc.request("POST", "/bump")
    assert svc.request("POST", "/bump").json() == {"count": 2}


def test_a_named_import_of_a_mutated_export_let_is_live():
    svc = LocalService(COUNTER)
    svc.request("POST", "/bump")
    assert svc.request("GET", "/imported").json() == {"count": 1, "label": "counter"}


REEXPORTS = {
    "package.json": PACKAGE,
    "app.js": """import express from 'express';
import greet, { PREFIX, shout } from './lib/index.js';
const app = express();
app.get('/g/:n', (req, res) => {
  import('./lib/index.js').then((ns) => res.json({ text: greet(req.params.n), loud: shout(PREFIX), same: ns.shout === shout }));
});
export default app;
""",
    "lib/index.js": "export { default, PREFIX } from './greet.js';\nexport * from './shout.js';\n",
    "lib/greet.js": "export const PREFIX = 'hi';\nexport default function greet(n) { return `${PREFIX} ${n}`; }\n",
    "lib/shout.js": "export function shout(s) { return s.toUpperCase() + '!'; }\n",
}


def test_re_exports_default_and_dynamic_import():
    answer = LocalService(REEXPORTS).request("GET", "/g/ada")
    assert answer.json() == {"text": "hi ada", "loud": "HI!", "same": True}


def test_json_import_with_attributes():
    files = {"package.json": PACKAGE, "data/seed.json": '{"items": [1, 2]}',
             "app.js": "import express from 'express';\n"
                       "import seed from './data/seed.json' with { type: 'json' };\n"
                       "const app = express();\n"
                       "app.get('/', (req, res) => res.json(seed.items));\n"
                       "export default app;\n"}
    assert LocalService(files).request("GET", "/").json() == [1, 2]
