// A link shelf: URLs normalized with URL/URLSearchParams (utm_* dropped, params sorted, www.
// stripped), ids from a sha256 in base64url, strong ETags from a hash of the body with
// If-None-Match answered 304, a version counter, Buffer base64 export tokens, Link headers.
import express from 'express';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import * as shelf from './lib/links.js';

const app = express();
app.set('etag', false);
app.use(express.json());

const etagOf = (body) => `"${createHash('sha1').update(JSON.stringify(body)).digest('hex').slice(0, 16)}"`;

function sendCached(req, res, body) {
  const tag = etagOf(body);
  res.set('ETag', tag).set('X-Shelf-Version', String(shelf.currentVersion()));
  if (req.get('if-none-match') === tag) return res.status(304).end();
  res.json(body);
}

app.post('/links', (req, res) => {
  try {
    const link = shelf.save(req.body.url, req.body.tags);
    res.status(link.saves === 1 ? 201 : 200).json(link);
  } catch (err) {
    res.status(400).json({ error: err.code ?? err.name });
  }
});

app.get('/links', (req, res) => {
  const { host, tag } = req.query;
  sendCached(req, res, shelf.list({ host, tag }));
});

app.get('/links/:id', (req, res) => {
  const link = shelf.find(req.params.id);
  if (!link) return res.sendStatus(404);
  res.links({ collection: '/links', host: `/links?host=${encodeURIComponent(link.host)}` });
  sendCached(req, res, link);
});

app.delete('/links/:id', (req, res) => res.sendStatus(shelf.remove(req.params.id) ? 204 : 404));

app.get('/export', (req, res) => {
  const token = Buffer.from(JSON.stringify(shelf.list().map((l) => l.id))).toString('base64');
  res.json({ token, bytes: Buffer.byteLength(token), hosts: shelf.hosts() });
});

app.post('/import', (req, res) => {
  const ids = JSON.parse(Buffer.from(req.body.token, 'base64').toString('utf8'));
  res.json({ ids, known: ids.filter((id) => shelf.find(id)).length });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
