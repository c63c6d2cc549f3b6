// A URL shortener: ids are a 32-bit counter kept in a Buffer (writeUInt32BE/readUInt32BE) shown as base64url,
// long URLs normalised with URL/URLSearchParams (lower-case host, default port and hash dropped, utm_* removed,
// params sorted), duplicates found by a sha1 of the normalised URL, redirects rewriting the target's query,
// byte lengths from TextEncoder, a bulk import with a labeled loop, a codec class with a static block.
'use strict';
const express = require('express');
const { createHash } = require('node:crypto');

class IdCodec {
  static #counter;
  static #issued = 0;

  static {
    IdCodec.#counter = Buffer.alloc(4);
    IdCodec.#counter.writeUInt32BE(0x00ffffff);
  }

  static next() {
    const n = IdCodec.#counter.readUInt32BE(0) + 1;
    IdCodec.#counter.writeUInt32BE(n >>> 0);
    IdCodec.#issued++;
    return IdCodec.encode(n);
  }

  static encode(n) {
    const buf = Buffer.alloc(4);
    buf.writeUInt32BE(n);
    return buf.toString('base64url');
  }

  static decode(id) {
    const buf = Buffer.from(id, 'base64url');
    return buf.length === 4 ? buf.readUInt32BE(0) : null;
  }

  static get issued() {
    return IdCodec.#issued;
  }
}

const links = new Map(); // id -> link
const byDigest = new Map(); // sha1(normalised) -> id
const encoder = new TextEncoder();

function normalise(input) {
  const url = new URL(input);
  if (!['http:', 'https:'].includes(url.protocol)) throw new TypeError(`unsupported protocol ${url.protocol}`);
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) if (key.startsWith('utm_')) url.searchParams.delete(key);
  url.searchParams.sort();
  return url.href;
}

function shorten(input, owner) {
  const href = normalise(input);
  const digest = createHash('sha1').update(href).digest('hex');
  const existing = byDigest.get(digest);
  if (existing) return { link: links.get(existing), created: false };
  const id = IdCodec.next();
  const link = { id, href, owner: owner ?? null, hits: 0, bytes: encoder.encode(href).length, chars: href.length };
  links.set(id, link);
  byDigest.set(digest, id);
  return { link, created: true };
}

const app = express();
app.use(express.json());

app.post('/links', (req, res) => {
  try {
    const { link, created } = shorten(req.body?.url, req.get('x-owner'));
    res.status(created ? 201 : 200).json(link);
  } catch (err) {
    res.status(400).json({ error: err.message, name: err.name });
  }
});

app.post('/links/bulk', (req, res) => {
  const results = [];
  const { urls = [], maxPerHost = Infinity } = req.body;
  const perHost = {};
  urls: for (const url of urls) {
    let host;
    try {
      host = new URL(url).hostname;
    } catch {
      results.push({ url, error: 'invalid' });
      continue urls;
    }
    perHost[host] ??= 0;
    if (++perHost[host] > maxPerHost) {
      results.push({ url, error: 'host limit' });
      continue;
    }
    const { link, created } = shorten(url);
    results.push({ id: link.id, created });
  }
  res.json({ results, issued: IdCodec.issued });
});

app.get('/:id', (req, res) => {
  const link = links.get(req.params.id);
  if (!link) return res.status(404).json({ error: 'unknown', n: IdCodec.decode(req.params.id) });
  link.hits++;
  const target = new URL(link.href);
  target.searchParams.set('ref', 'short');
  if (req.query.campaign) target.searchParams.append('utm_campaign', req.query.campaign);
  res.set('x-hits', String(link.hits));
  res.redirect(302, target.href);
});

app.get('/:id/stats', (req, res) => {
  const link = links.get(req.params.id);
  if (!link) return res.status(404).json({ error: 'unknown' });
  res.json({ ...link, n: IdCodec.decode(link.id), host: new URL(link.href).host });
});

app.delete('/:id', (req, res) => {
  const link = links.get(req.params.id);
  if (!link || link.owner !== (req.get('x-owner') ?? null)) return res.status(404).end();
  links.delete(link.id);
  byDigest.delete(createHash('sha1').update(link.href).digest('hex'));
  res.status(204).end();
});

app.get('/', (_req, res) => {
  const top = [...links.values()].sort((a, b) => b.hits - a.hits || a.id.localeCompare(b.id)).slice(0, 3);
  res.json({ count: links.size, issued: IdCodec.issued, top: top.map(({ id, hits }) => ({ id, hits })) });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
