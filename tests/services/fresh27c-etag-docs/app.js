// Documents with conditional requests: strong ETags from node:crypto createHash (sha256, base64url) cached per
// revision in a Map, If-None-Match answered 304, If-Match 412/428, revisions kept as structuredClone snapshots and
// searched with findLast, a Buffer of the digest read with readUInt32BE for a short "shard", PATCH merging with
// `??`, cache hit counters exposed through getters in an object literal.
'use strict';
const express = require('express');
const { createHash } = require('node:crypto');

const app = express();
app.set('etag', false);
app.use(express.json());

const docs = new Map(); // id -> { id, rev, body, author }
const history = new Map(); // id -> [snapshots]
const etagCache = new Map(); // `${id}@${rev}` -> etag
const counters = { hits: 0, misses: 0, notModified: 0, preconditionFailed: 0 };

const cacheStats = {
  get size() {
    return etagCache.size;
  },
  get hitRatio() {
    const total = counters.hits + counters.misses;
    return total ? Math.round((counters.hits / total) * 100) / 100 : null;
  },
  counters,
};

function etagOf(doc) {
  const key = `${doc.id}@${doc.rev}`;
  let tag = etagCache.get(key);
  if (tag) {
    counters.hits++;
    return tag;
  }
  counters.misses++;
  const digest = createHash('sha256').update(JSON.stringify([doc.id, doc.rev, doc.body])).digest();
  tag = `"${digest.subarray(0, 12).toString('base64url')}"`;
  etagCache.set(key, tag);
  return tag;
}

function shardOf(id) {
  return createHash('md5').update(id).digest().readUInt32BE(0) % 8;
}

function matches(header, tag) {
  return header?.split(',').some((t) => t.trim() === '*' || t.trim() === tag) ?? false;
}

function send(res, doc, status = 200) {
  const tag = etagOf(doc);
  res.set({ ETag: tag, 'x-etag': tag, 'x-rev': String(doc.rev) });
  res.status(status).json(doc);
}

app.put('/docs/:id', (req, res) => {
  const { id } = req.params;
  const current = docs.get(id);
  const ifMatch = req.get('if-match');
  if (current && ifMatch !== undefined && !matches(ifMatch, etagOf(current))) {
    counters.preconditionFailed++;
    return res.status(412).json({ error: 'precondition failed', rev: current.rev });
  }
  if (!current && req.get('if-match')) {
    counters.preconditionFailed++;
    return res.status(412).json({ error: 'no current version' });
  }
  const doc = { id, rev: (current?.rev ?? 0) + 1, body: req.body.body ?? {}, author: req.get('x-author') ?? 'anon' };
  docs.set(id, doc);
  const revs = history.get(id) ?? [];
  revs.push(structuredClone(doc));
  history.set(id, revs);
  send(res, doc, current ? 200 : 201);
});

app.patch('/docs/:id', (req, res) => {
  const doc = docs.get(req.params.id);
  if (!doc) return res.status(404).json({ error: 'not found' });
  if (!req.get('if-match')) return res.status(428).json({ error: 'If-Match required' });
  if (!matches(req.get('if-match'), etagOf(doc))) {
    counters.preconditionFailed++;
    return res.status(412).json({ error: 'precondition failed', rev: doc.rev });
  }
  for (const [k, v] of Object.entries(req.body)) {
    if (v === null) delete doc.body[k];
    else doc.body[k] = v ?? doc.body[k];
  }
  doc.rev++;
  doc.author = req.get('x-author') ?? doc.author;
  history.get(doc.id).push(structuredClone(doc));
  send(res, doc);
});

app.get('/docs/:id', (req, res) => {
  const doc = docs.get(req.params.id);
  if (!doc) return res.status(404).json({ error: 'not found' });
  const tag = etagOf(doc);
  if (matches(req.get('if-none-match'), tag)) {
    counters.notModified++;
    res.set({ ETag: tag, 'x-etag': tag });
    return res.status(304).end();
  }
  send(res, doc);
});

app.get('/docs/:id/history', (req, res) => {
  const revs = history.get(req.params.id) ?? [];
  const by = req.query.author;
  const last = by ? revs.findLast((r) => r.author === by) : revs.at(-1);
  res.json({ revisions: revs.length, last: last ?? null, shard: shardOf(req.params.id) });
});

app.get('/docs/:id/revs/:rev', (req, res) => {
  const snap = history.get(req.params.id)?.find((r) => r.rev === Number(req.params.rev));
  if (!snap) return res.status(404).json({ error: 'no such revision' });
  // marks the stored snapshot itself as viewed (a write in a GET)
  snap.body.viewed = true;
  send(res, snap);
});

app.delete('/docs/:id', (req, res) => {
  const doc = docs.get(req.params.id);
  if (!doc) return res.status(404).end();
  if (req.get('if-match') && !matches(req.get('if-match'), etagOf(doc))) return res.status(412).end();
  docs.delete(doc.id);
  for (const key of etagCache.keys()) if (key.startsWith(`${doc.id}@`)) etagCache.delete(key);
  res.status(204).end();
});

app.get('/cache', (_req, res) => res.json(cacheStats));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
