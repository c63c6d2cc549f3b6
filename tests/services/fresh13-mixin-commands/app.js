// Mixins and the command pattern: methods copied onto a class's and a constructor function's
// prototypes with Object.assign (writing instance fields and a shared stats object), every change
// made through command objects of closures kept on undo/redo stacks in another module.
'use strict';
const express = require('express');
const { Doc, Note } = require('./models/doc');
const { stats } = require('./models/mixins');
const commands = require('./lib/commands');

const items = new Map();
let nextId = 1;

const app = express();
app.use(express.json());

app.post('/docs', (req, res) => {
  const id = `d${nextId++}`;
  const doc = new Doc(id, req.body.title, req.body.body);
  commands.execute(commands.create(items, doc));
  res.status(201).json(doc);
});

app.post('/notes', (req, res) => {
  const note = new Note(`n${nextId++}`, req.body.text);
  commands.execute(commands.create(items, note));
  res.status(201).json(note);
});

app.param('id', (req, res, next, id) => {
  req.item = items.get(id);
  if (!req.item) return res.status(404).json({ error: `no ${id}` });
  next();
});

app.put('/items/:id/:field', (req, res) => {
  const label = commands.execute(commands.setField(req.item, req.params.field, req.body.value));
  res.json({ label, item: req.item });
});

app.post('/items/:id/tags', (req, res) => {
  const label = commands.execute(commands.addTag(req.item, req.body.tag));
  res.json({ label, tags: req.item.tagList() });
});

app.get('/items/:id', (req, res) => res.json(req.item));

app.post('/undo', (req, res) => {
  const label = commands.undo();
  res.status(label ? 200 : 409).json({ undone: label, ids: [...items.keys()] });
});

app.post('/redo', (req, res) => {
  const label = commands.redo();
  res.status(label ? 200 : 409).json({ redone: label, ids: [...items.keys()] });
});

app.get('/history', (req, res) => res.json({ ...commands.labels(), stats }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
