// object-hash 3: content-addressed documents. Each posted document is hashed (sha1 by
// default over crypto.createHash; md5, sha256 and `passthrough` on request; unorderedArrays
// and respectType options; excludeKeys), stored under its hash in a module Map with
// deduplication counts, and answered with an ETag-like `x-content-hash` header; a
// conditional GET compares the client's hash; `writeToStream` feeds a stream of the service's.
const express = require('express');
const hash = require('object-hash');
const { Writable } = require('stream');

const store = new Map();
const dupes = {};
const app = express();
app.use(express.json());

app.post('/docs', (req, res) => {
  const id = hash(req.body, { excludeKeys: (k) => k.startsWith('_'), unorderedArrays: true });
  if (store.has(id)) {
    dupes[id] = (dupes[id] || 1) + 1;
    return res.set('x-content-hash', id).status(200).json({ id, duplicate: true, copies: dupes[id] });
  }
  store.set(id, req.body);
  res.set('x-content-hash', id).status(201).json({ id, duplicate: false, size: store.size });
});

app.get('/docs/:id', (req, res) => {
  const doc = store.get(req.params.id);
  if (!doc) return res.status(404).json({ error: 'unknown hash' });
  if (req.get('x-if-hash') === req.params.id) return res.status(304).end();
  res.set('x-content-hash', req.params.id).json(doc);
});

app.post('/hash', (req, res) => {
  const v = req.body.value;
  res.json({
    sha1: hash(v),
    md5: hash.MD5(v),
    sha256: hash(v, { algorithm: 'sha256', encoding: 'base64' }),
    keys: hash.keys(v),
    typed: hash(v, { respectType: false }),
    passthrough: hash(v, { algorithm: 'passthrough' }),
  });
});

app.get('/stream', (req, res) => {
  let text = '';
  const sink = new Writable({ write(chunk, enc, cb) { text += chunk; cb(); } });
  hash.writeToStream({ b: [1, 2], a: new Date(0), s: new Set(['x']), m: new Map([[1, 'one']]) }, sink);
  sink.end(() => res.json({ text, docs: store.size, dupes }));
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
