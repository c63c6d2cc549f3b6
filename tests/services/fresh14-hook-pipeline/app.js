// A blog API whose behaviour comes from plugins: each plugin registers hooks into the pipeline's
// Map of Sets and named handlers into a plain object, keeping its own state in its module or in
// the closure its factory returned. Routes run the hooks through for...of over a generator,
// Array.from(...).some(...), reduce, and find(...).fn(...); the pipeline counts calls per plugin
// in a private Map from the wrapper closures it hands out.
'use strict';
const express = require('express');
const { Pipeline } = require('./lib/pipeline');
const posts = require('./lib/posts');
const audit = require('./plugins/audit');
const quota = require('./plugins/quota');
const slugger = require('./plugins/slugger');

const pipeline = new Pipeline();
pipeline
  .register(audit)
  .register(quota({ perAuthor: 2 }))
  .register(slugger);

const app = express();
app.use(express.json());
app.use(pipeline.middleware('request'));

app.post('/posts', (req, res) => {
  const draft = { author: req.body.author, title: req.body.title };
  const problem = pipeline.check('validate', draft);
  if (problem) return res.status(429).json({ error: problem });
  const post = pipeline.transform('beforeCreate', draft);
  posts.add(post);
  pipeline.emit('afterCreate', post);
  res.status(201).json(post);
});

app.get('/posts', (req, res) => {
  res.json(posts.list().map(({ slug, author }) => `${author}/${slug}`));
});

app.delete('/posts/:slug', (req, res) => {
  const post = posts.remove(req.params.slug);
  if (!post) return res.status(404).json({ error: 'no such post' });
  pipeline.handlers().find((h) => h.name === 'refund').fn(post.author);
  pipeline.emit('afterRemove', post);
  res.json({ removed: post.slug });
});

app.post('/plugins/:name/disable', (req, res) => {
  res.json({ disabled: pipeline.disable(req.params.name) });
});

app.get('/audit', (req, res) => res.json(audit.entries()));
app.get('/stats', (req, res) => res.json(pipeline.stats()));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
