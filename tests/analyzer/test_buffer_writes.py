"""Writes a state analysis meets in typed-array code (fresh22b-typed-counters): `Atomics.add(buckets, i, 1)`
and `Atomics.store` change their first argument; `encoder.encodeInto(text, scratch)` fills its second; and
a DataView or typed array made over an ArrayBuffer (`new DataView(header)`) is that buffer, so writing the
view writes the buffer. Each was missed: the histogram and the scratch buffer were read-only module
values, and the header came back from main's snapshot, empty."""
from .helpers import graph

TEMPLATE = """
    const express = require('express');
    const app = express();
    DECL
    app.post('/w', (req, res) => { WRITE; res.json(1); });
    app.get('/r', (req, res) => res.json(String(NAME)));
    module.exports = app;
"""


def writers(decl, write, name):
    source = TEMPLATE.replace("DECL", decl).replace("WRITE", write).replace("NAME", name)
    found = [v for v in graph({"app.js": source})["variables"] if v["name"] == name]
    return {w["fluxion"] for v in found for w in v.get("writes", [])}


def test_atomics_change_their_first_argument():
    assert writers("const buckets = new Uint32Array(4);", "Atomics.add(buckets, 1, 1)", "buckets") == {"post_w"}
    assert writers("const buckets = new Int32Array(4);", "Atomics.store(buckets, 0, 7)", "buckets") == {"post_w"}


def test_encode_into_fills_its_second_argument():
    assert writers("const scratch = new Uint8Array(16); const enc = new TextEncoder();",
                   "enc.encodeInto('hi', scratch)", "scratch") == {"post_w"}


def test_a_view_over_a_buffer_is_the_buffer():
    assert writers("const header = new ArrayBuffer(8); const view = new DataView(header);",
                   "view.setUint32(0, 7)", "header") == {"post_w"}
    assert writers("const header = new ArrayBuffer(8); const words = new Uint16Array(header, 2, 1);",
                   "words[0] += 1", "header") == {"post_w"}
