// Module state kept as properties of functions: an id maker written as a named function
// expression counting on itself (`nextId.last`), an audit helper with counters hung on it,
// a slug maker counting its own calls, and a route handler with a `hits` property.
'use strict';
const express = require('express');
const nextId = require('./lib/next-id');
const { audit, slugify } = require('./lib/audit');

const app = express();
app.use(express.json());

const posts = [];

function listPosts(req, res) {
  listPosts.hits = (listPosts.hits ?? 0) + 1;
  res.json({ hits: listPosts.hits, posts: posts.map(({ id, slug }) => ({ id, slug })) });
}

app.get('/posts', listPosts);

app.post('/posts', (req, res) => {
  const post = { id: nextId('post'), slug: slugify(req.body?.title ?? 'untitled'), title: req.body?.title };
  posts.push(post);
  audit('create', post.id);
  res.status(201).json({ post, audits: audit.calls });
});

app.delete('/posts/:id', (req, res) => {
  const i = posts.findIndex((p) => p.id === req.params.id);
  if (i < 0) {
    audit('miss', req.params.id);
    return res.status(404).json({ error: 'not found', audits: audit.calls });
  }
  const [gone] = posts.splice(i, 1);
  audit('delete', gone.id);
  res.json({ deleted: gone.id, left: posts.length });
});

app.post('/comments', (req, res) => {
  res.status(201).json({ id: nextId('c'), slug: slugify(req.body?.text ?? '') });
});

app.get('/stats', (req, res) => {
  res.json({
    lastId: nextId.last ?? 0,
    audits: audit.calls ?? 0,
    byAction: audit.byAction ?? {},
    last: audit.last ?? null,
    slugs: slugify.made ?? 0,
    listed: listPosts.hits ?? 0,
  });
});

app.post('/stats/reset', (req, res) => {
  audit.reset();
  res.json({ audits: audit.calls, lastId: nextId.last });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
