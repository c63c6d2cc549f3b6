// A plugin registry: plugins (objects, one a class instance whose bound method is the hook) install
// hooks in main that keep state in their closures and modules; hooks run per request through a
// reduce, one plugin is installed later by a request, and the registry and a document list are
// iterated through Symbol.iterator with for..of and spread.
'use strict';
const express = require('express');
const Registry = require('./lib/registry');
const DocList = require('./lib/doc-list');
const HistoryPlugin = require('./plugins/history');

const registry = new Registry();
registry
  .use(require('./plugins/counter'))
  .use(require('./plugins/tags'), { defaults: ['new'] })
  .use(require('./plugins/ids'), { start: 100, prefix: 'doc-' })
  .use(new HistoryPlugin());

const docs = new DocList();

const app = express();
app.use(express.json());
app.use((req, res, next) => {
  registry.run('request', req);
  next();
});

app.post('/docs', (req, res) => {
  const doc = registry.run('beforeSave', { title: req.body.title, tags: req.body.tags });
  docs.push(doc);
  registry.run('afterSave', doc);
  res.status(201).json(doc);
});

app.get('/docs', (req, res) => {
  if (req.query.tag) return res.json([...docs.tagged(req.query.tag)].map((d) => d.id));
  res.json([...docs]);
});

app.post('/plugins/shout', (req, res) => {
  try {
    registry.use(require('./plugins/shout'));
    res.status(201).json({ plugins: registry.plugins });
  } catch (err) {
    res.status(409).json({ error: err.message });
  }
});

app.get('/hooks', (req, res) => {
  const out = {};
  for (const [name, count] of registry) out[name] = count;
  res.json(out);
});

app.get('/report', (req, res) => {
  res.json(registry.run('report', { docs: docs.length }));
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
