"""A program class extending a stream has its `_transform`, `_write`... called by the stream as data
flows: in the message that made it (`await pipeline(src, new LevelFilter(), sink)`), or in the one
writing a stream the program keeps (`audit.write(x)`). Their writes were seen nowhere, so a module Map
counted in `_transform` and exported to app.js stayed main's copy in lib/ while app.js's travelled
(fresh26b-stream-meter: the levels answered `{}`)."""
from .helpers import write_lines

SERVICE = {
    "app.js": """
        const express = require('express');
        const { Readable, Writable } = require('stream');
        const { pipeline } = require('stream/promises');
        const { LevelFilter, AuditLog, seen } = require('./meters');
        const app = express();
        const audit = new AuditLog();
        app.post('/ingest', async (req, res) => {
          const out = [];
          await pipeline(Readable.from(req.body.lines), new LevelFilter(),
                         new Writable({ objectMode: true, write(x, e, done) { out.push(x); done(); } }));
          res.json({ out, seen: [...seen] });
        });
        app.post('/audit', (req, res) => {
          audit.write(req.body.line);
          res.json({ n: audit.count() });
        });
        module.exports = app;
    """,
    "meters.js": """
        const { Transform, Writable } = require('stream');
        const seen = new Map();
        const lines = [];
        class LevelFilter extends Transform {
          constructor() { super({ objectMode: true }); }
          _transform(line, enc, done) {
            seen.set(line, (seen.get(line) || 0) + 1);
            done(null, line);
          }
        }
        class AuditLog extends Writable {
          _write(chunk, enc, done) { lines.push(String(chunk)); done(); }
          count() { return lines.length; }
        }
        module.exports = { LevelFilter, AuditLog, seen };
    """,
}


def test_transform_hook_runs_where_the_stream_is_made():
    assert ("post_ingest", 7) in write_lines(SERVICE, "seen")


def test_write_hook_runs_where_a_kept_stream_is_written():
    assert ("post_audit", 12) in write_lines(SERVICE, "lines")


ES5 = """
    const express = require('express');
    const { Transform, Readable, Writable } = require('stream');
    const util = require('util');
    const { pipeline } = require('stream/promises');
    const seen = new Map();
    function Upper() { Transform.call(this, { objectMode: true }); }
    util.inherits(Upper, Transform);
    Upper.prototype._transform = function (x, e, done) { seen.set(x, 1); done(null, x); };
    const app = express();
    app.get('/a', async (req, res) => {
      await pipeline(Readable.from(['a']), new Upper(), new Writable({ objectMode: true, write(x, e, d) { d(); } }));
      res.json([...seen]);
    });
"""


def test_a_hook_on_a_constructor_functions_prototype_runs_where_it_is_made():
    assert ("get_a", 8) in write_lines(ES5, "seen")
