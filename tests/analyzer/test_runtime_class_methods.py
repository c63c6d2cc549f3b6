"""A method called on an instance of a class the runtime has as a global (`new URLSearchParams()`,
`new TextEncoder()`) is that class's own, whatever a class of the program names alike: the analysis
resolved `seen.append(...)` to a program's `Journal.append`, which writes nothing, so the handler
appending to a module's URLSearchParams was stateless (on two nodes each kept its own copy), and
fresh27c-shortener's `encoder.encode(href)` to its codec's static `encode` (the encoder stayed in main's
snapshot). Such a call may change the object, as any method of an object the analysis cannot see."""

from .helpers import stateful, write_lines

PARAMS = """
const express = require('express');
class Journal {
  constructor() { this.lines = []; }
  append(line) { return `${this.lines.length}:${line}`; }
}
const seen = new URLSearchParams();
const app = express();
app.post('/visit', (req, res) => {
  seen.append('who', req.query.who);
  res.json({ seen: seen.toString(), j: new Journal().append('x') });
});
module.exports = app;
"""

ENCODER = """
const express = require('express');
class IdCodec {
  static #n = 0;
  static next() { return IdCodec.encode(++IdCodec.#n); }
  static encode(n) { return Buffer.from([n]).toString('base64url'); }
}
const links = new Map();
const encoder = new TextEncoder();
const app = express();
app.post('/links', (req, res) => {
  const link = { id: IdCodec.next(), bytes: encoder.encode(req.query.href).length };
  links.set(link.id, link);
  res.json(link);
});
module.exports = app;
"""

# `scratch.write(...)` on `Buffer.alloc(8)` next to a `Logger.write`: on two nodes each kept its own buffer.
BUFFER = """
const express = require('express');
class Logger {
  write(line) { return `[log] ${line}`; }
}
const scratch = Buffer.alloc(8);
const app = express();
app.post('/tag', (req, res) => {
  const n = scratch.readUInt8(0);
  scratch.write(String(n + 1), 0, 'latin1');
  res.json({ was: n, l: new Logger().write('x') });
});
module.exports = app;
"""

# The same through a private field of a class kept by the module: `bump` writes the instance.
FIELD = """
const express = require('express');
class Logger {
  write(line) { return `[log] ${line}`; }
}
class Tagger {
  #scratch = Buffer.alloc(4);
  bump() {
    const n = this.#scratch.readUInt8(0);
    this.#scratch.write(String.fromCharCode(n + 1), 0, 'latin1');
    return n;
  }
}
const tagger = new Tagger();
const app = express();
app.post('/tag', (req, res) => res.json({ was: tagger.bump(), l: new Logger().write('x') }));
module.exports = app;
"""

# A variable of the program's own class keeps its methods resolved by name (no write for a pure one).
SHADOWED = """
const express = require('express');
class URL { constructor(s) { this.s = s; } append(x) { return this.s + x; } }
const base = new URL('a');
const app = express();
app.get('/x', (req, res) => res.json(base.append(req.query.x)));
module.exports = app;
"""


def test_append_on_a_url_search_params_is_a_write_despite_a_program_append():
    assert write_lines(PARAMS, "seen") == {("post_visit", 9)}
    assert stateful(PARAMS, "post_visit")


def test_encode_on_a_text_encoder_is_not_a_codecs_static_encode():
    assert write_lines(ENCODER, "encoder") == {("post_links", 11)}


def test_a_program_class_named_as_a_global_keeps_its_own_methods():
    assert write_lines(SHADOWED, "base") == set()


def test_write_on_a_buffer_is_a_write_despite_a_program_write():
    assert write_lines(BUFFER, "scratch") == {("post_tag", 9)}
    assert stateful(BUFFER, "post_tag")


def test_write_on_a_buffer_in_a_private_field_writes_its_instance():
    assert write_lines(FIELD, "tagger") == {("post_tag", 9)}
    assert stateful(FIELD, "post_tag")
