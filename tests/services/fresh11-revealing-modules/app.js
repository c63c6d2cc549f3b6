// Older-but-everywhere patterns in new code: a revealing module (an IIFE whose closure keeps a Map
// and a counter behind a frozen API with a getter) and objects built on hand-made prototypes
// (Object.create with property descriptors, Object.assign onto Object.create(proto)).
'use strict';
const express = require('express');
const Counter = require('./lib/counter');
const shapes = require('./lib/shapes');

const app = express();
app.use(express.json());

app.use((req, res, next) => {
  Counter.hit(`${req.method} ${req.path.split('/')[1] || 'root'}`);
  next();
});

app.post('/shapes', (req, res) => {
  const { kind, ...dims } = req.body;
  const shape = shapes.make(kind, dims);
  shape ? res.status(201).json({ text: shape.describe() }) : res.status(400).json({ error: `no ${kind}` });
});

app.post('/shapes/:id/grow', (req, res) => {
  const shape = shapes.find(Number(req.params.id));
  if (!shape) return res.sendStatus(404);
  res.json({ text: shape.grow(req.body.factor ?? 2).describe() });
});

app.get('/shapes', (req, res) => res.json(shapes.shapes.map((s) => s.describe())));

app.delete('/counters/:name', (req, res) => res.json({ removed: Counter.reset(req.params.name), resets: Counter.resets }));
app.get('/counters', (req, res) => res.json({ top: Counter.top(3), resets: Counter.resets, frozen: Object.isFrozen(Counter) }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
