"""Typed arrays and DataViews keep sharing their ArrayBuffer in a unit's state: a tenant's flags are a
`subarray` view over one bitmap, a frame header an ArrayBuffer written through a DataView and read through
a new Uint8Array (fresh22b-typed-counters). Each view travelled as a copy of its own bytes and an
ArrayBuffer as a plain object `{}`, so a write through the view no longer showed in the bitmap, and the
header read back empty."""
from tests.executor.runtime_harness import LocalService

FILES = {"app.js": """const express = require('express');
const bitmap = new Uint8Array(8);
const views = [bitmap.subarray(0, 4), bitmap.subarray(4)];
const header = new ArrayBuffer(4);
const view = new DataView(header);
const words = new Uint16Array(header, 2, 1);
const app = express();
app.post('/t/:i/:bit', (req, res) => {
  views[Number(req.params.i)][Number(req.params.bit)] ^= 1;
  view.setUint16(0, view.getUint16(0) + 1);
  words[0] += 10;
  res.json({ bitmap: Array.from(bitmap).join('') });
});
app.get('/t', (req, res) => res.json({
  bitmap: Array.from(bitmap).join(''), views: views.map((v) => [v.byteOffset, v.length, v.buffer === bitmap.buffer]),
  header: Array.from(new Uint8Array(header)), words: Array.from(words), same: view.buffer === header,
  kinds: [header instanceof ArrayBuffer, view instanceof DataView, words.byteOffset],
}));
module.exports = app;
"""}


def test_views_of_one_buffer_share_it_in_another_isolate():
    with LocalService(FILES, nodes=2) as svc:  # each message in the next isolate
        posted = [svc.request("POST", path).json()["bitmap"] for path in ("/t/0/1", "/t/1/2", "/t/0/1")]
        got = svc.request("GET", "/t").json()
    assert posted == ["01000000", "01000010", "00000010"]
    assert got == {"bitmap": "00000010", "views": [[0, 4, True], [4, 4, True]], "header": [0, 3, 30, 0],
                   "words": [30], "same": True, "kinds": [True, True, 2]}
