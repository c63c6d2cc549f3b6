// Bookmarks with tags, where every write of the module's store goes through a helper of lib/tags.js
// that gets the store as its argument (`addTag(store, id, tag)`), through aliases of its Map
// (`const users = store.byTag; users.set(...)`), a partial made at the top level
// (`addTag.bind(null, store)`), `??=` on an object of arrays, `delete`, and a
// `forEach` callback adding clicks per kind into a totals object.
'use strict';
const express = require('express');
const { addTag, removeTag, renameTag, normalise } = require('./lib/tags');

const app = express();
app.use(express.json());

const store = {
  bookmarks: new Map(),
  tagsById: {},
  byTag: new Map(),
  counts: {},
  renames: [],
};
const clicksByKind = {};
let nextId = 1;
// partials made at the top level: one over the store for the route that only tags, one keeping
// the last three tags added
const tagBookmark = addTag.bind(null, store);
const recentTags = [];
function pushCapped(list, max, item) {
  list.push(item);
  if (list.length > max) list.shift();
  return list.length;
}
const rememberTag = pushCapped.bind(null, recentTags, 3);

function kindOf(url) {
  if (url.includes('github.com')) return 'code';
  if (url.includes('youtube.com')) return 'video';
  return 'page';
}

app.post('/bookmarks', (req, res) => {
  const { url, title, tags = [] } = req.body;
  const id = String(nextId++);
  const bookmarks = store.bookmarks;
  bookmarks.set(id, { id, url, title, kind: kindOf(url), clicks: 0 });
  const added = tags.filter((t) => addTag(store, id, t));
  res.status(201).json({ id, added });
});

app.post('/bookmarks/:id/tags', (req, res) => {
  if (!store.bookmarks.has(req.params.id)) return res.status(404).json({ error: 'no such bookmark' });
  const added = tagBookmark(req.params.id, req.body.tag);
  if (added) rememberTag(normalise(req.body.tag));
  res.json({ added, tags: store.tagsById[req.params.id] });
});

app.delete('/bookmarks/:id/tags/:tag', (req, res) => {
  const removed = removeTag(store, req.params.id, req.params.tag);
  res.json({ removed, tags: store.tagsById[req.params.id] ?? [] });
});

app.post('/clicks', (req, res) => {
  // [{ id, n }]: each click batch adds to the bookmark and to the totals by kind
  const batch = req.body.clicks.map(({ id, n }) => ({ b: store.bookmarks.get(id), n })).filter((c) => c.b);
  batch.forEach(({ b, n }) => (b.clicks += n));
  batch.forEach((c) => (clicksByKind[c.b.kind] = (clicksByKind[c.b.kind] ?? 0) + c.n));
  res.json({ applied: batch.length, clicksByKind });
});

app.post('/tags/rename', (req, res) => {
  const moved = renameTag(store, req.body.from, req.body.to);
  res.json({ moved, renames: store.renames });
});

app.get('/tags', (req, res) => {
  const cloud = Object.entries(store.counts)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([tag, count]) => ({ tag, count }));
  res.json(cloud);
});

app.get('/tags/recent', (req, res) => res.json(recentTags));

app.get('/tags/:tag', (req, res) => {
  const ids = store.byTag.get(normalise(req.params.tag));
  const found = [...(ids || [])].map((id) => store.bookmarks.get(id));
  res.json(found.map(({ id, title, clicks }) => ({ id, title, clicks })));
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
