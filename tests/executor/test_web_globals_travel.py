"""Instances of the WHATWG classes Node has as globals (URL, URLSearchParams, TextEncoder, TextDecoder)
travel between isolates (executor/runtime/serialize.js `webInstance`): each keeps what it holds in private
fields or under the builtin's own symbols, so a copy of its own fields arrived as a plain object. A
`const base = new URL(...)` that main's snapshot holds read `{}` on every other node, and fresh27c-shortener's
`const encoder = new TextEncoder()` answered `encoder.encode is not a function`. Held in main's snapshot
and in a unit's state, and written by handlers (a URL's query changed through its `searchParams`).
The answers are Node.js 20's."""
from tests.executor.runtime_harness import LocalService

# Constants of main read by a stateless handler: on the second isolate, from main's snapshot.
CONSTANTS = r"""
const express = require('express');
const util = require('node:util');
const base = new URL('https://Example.com:443/a/?b=2&a=1#top');
const defaults = new URLSearchParams('ref=short&lang=en');
const encoder = new TextEncoder();
const decoder = new util.TextDecoder('latin1', { fatal: false, ignoreBOM: true });
const app = express();
app.get('/read', (req, res) => {
  res.json({
    href: base.href, host: base.host, a: base.searchParams.get('a'), qs: String(defaults),
    lang: defaults.get('lang'), isURL: base instanceof URL, isParams: defaults instanceof URLSearchParams,
    encoding: encoder.encoding, isEncoder: encoder instanceof TextEncoder,
    decoder: [decoder.encoding, decoder.fatal, decoder.ignoreBOM, Object.prototype.toString.call(decoder)],
  });
});
module.exports = app;
"""

# fresh27c-shortener's shape: a lone unit keeps the links; the encoder, which it only reads, stays in main's
# snapshot (the analysis takes `encoder.encode` for the class's own static `encode`, which writes nothing).
SHORTENER = r"""
'use strict';
const express = require('express');
class IdCodec {
  static #n = 0;
  static next() { return IdCodec.encode(++IdCodec.#n); }
  static encode(n) { return Buffer.from([n]).toString('base64url'); }
}
const links = new Map();
const encoder = new TextEncoder();
function shorten(href) {
  const link = { id: IdCodec.next(), bytes: encoder.encode(href).length };
  links.set(link.id, link);
  return link;
}
const app = express();
app.post('/links', (req, res) => res.json(shorten(req.query.href)));
module.exports = app;
"""

# Module state written by requests: a URL whose query is changed through its searchParams, and a
# URLSearchParams appended to, both kept by the unit of the handlers that write them.
STATEFUL = r"""
const express = require('express');
const app = express();
const target = new URL('https://shop.test/list?page=1');
const seen = new URLSearchParams();
app.post('/next', (req, res) => {
  target.searchParams.set('page', String(Number(target.searchParams.get('page')) + 1));
  seen.append('visit', req.query.who);
  res.json({ href: target.href, seen: seen.toString() });
});
app.get('/state', (req, res) => res.json({ href: target.href, seen: seen.getAll('visit'), url: target instanceof URL }));
module.exports = app;
"""

# A decoder kept by a unit across requests, each decoding a chunk with `{stream: true}`: a character whose
# bytes two requests carry is decoded whole.
STREAMING = r"""
const express = require('express');
const decoder = new TextDecoder();
let text = '';
const app = express();
app.post('/chunk', (req, res) => {
  const bytes = Buffer.from(req.query.hex, 'hex');
  text += decoder.decode(bytes, { stream: req.query.end === undefined });
  res.json({ text, length: text.length });
});
module.exports = app;
"""


def test_web_globals_main_holds_read_on_the_other_isolate():
    with LocalService({"app.js": CONSTANTS}, nodes=2) as svc:
        for _ in range(2):
            assert svc.request("GET", "/read").json() == {
                "href": "https://example.com/a/?b=2&a=1#top", "host": "example.com", "a": "1",
                "qs": "ref=short&lang=en", "lang": "en", "isURL": True, "isParams": True,
                "encoding": "utf-8", "isEncoder": True,
                "decoder": ["windows-1252", False, True, "[object TextDecoder]"]}


def test_an_encoder_in_mains_snapshot_next_to_a_units_state():
    with LocalService({"app.js": SHORTENER}, nodes=2) as svc:
        answers = [svc.request("POST", "/links?href=" + h).json() for h in ("https://a.test/é", "https://b.test/x")]
        assert answers == [{"id": "AQ", "bytes": 17}, {"id": "Ag", "bytes": 16}]


def test_web_globals_in_a_units_state_written_by_requests():
    with LocalService({"app.js": STATEFUL}, nodes=2) as svc:
        answers = [svc.request("POST", f"/next?who={w}").json() for w in ("ann", "bob", "cat")]
        assert answers[-1] == {"href": "https://shop.test/list?page=4", "seen": "visit=ann&visit=bob&visit=cat"}
        for _ in range(2):
            assert svc.request("GET", "/state").json() == {
                "href": "https://shop.test/list?page=4", "seen": ["ann", "bob", "cat"], "url": True}


def test_a_streaming_decoder_keeps_its_pending_bytes_between_requests():
    with LocalService({"app.js": STREAMING}, nodes=2) as svc:
        answers = [svc.request("POST", "/chunk?" + q).json() for q in ("hex=efbbbf61c3", "hex=a9e282", "hex=ac&end=1")]
        assert answers == [{"text": "a", "length": 1}, {"text": "a\u00e9", "length": 2},
                           {"text": "a\u00e9\u20ac", "length": 3}]
