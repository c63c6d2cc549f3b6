"""process.env as main leaves it: `require('dotenv').config()` (or `process.loadEnvFile()`, Node 20.12) in main and a
handler reading `process.env.GREETING` when it answers, as projects do. Only the isolate that ran main had the
variables: on the other, every such read was undefined. Also `delete process.env.X`, and import.meta.resolve."""
from tests.executor.runtime_harness import LocalService

APP = """const express = require('express');
const fs = require('node:fs');
process.env.SET_IN_MAIN = 'yes';
process.env.DROPPED = 'x';
delete process.env.DROPPED;
process.loadEnvFile('app.env');
const app = express();
app.get('/', (req, res) => res.json({
  greeting: process.env.GREETING ?? null, limit: Number(process.env.LIMIT), kept: process.env.NODE_ENV,
  main: process.env.SET_IN_MAIN ?? null, dropped: 'DROPPED' in process.env,
}));
module.exports = app;
"""


def test_a_handler_reads_the_environment_main_set_on_every_isolate():
    files = {"app.js": APP, "app.env": "GREETING=hi there\nLIMIT=3 # max\nNODE_ENV=development\n"}
    svc = LocalService(files, nodes=2)
    expected = {"greeting": "hi there", "limit": 3, "kept": "production", "main": "yes", "dropped": False}
    assert svc.request("GET", "/").json() == expected
    assert svc.request("GET", "/").json() == expected  # the isolate that did not run main


def test_import_meta_resolve():
    files = {"package.json": '{"type": "module"}', "lib/x.js": "export const x = 1;\n", "app.js": """import express from 'express';
const app = express();
const root = import.meta.dirname;
app.get('/', (req, res) => res.json([import.meta.resolve('./lib/x.js').replace('file://' + root, ''),
                                      import.meta.resolve('node:fs'), import.meta.resolve('path')]));
export default app;
"""}
    svc = LocalService(files, nodes=2)
    assert svc.request("GET", "/").json() == ["/lib/x.js", "node:fs", "node:path"]
