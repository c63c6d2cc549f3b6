// Collections with optional lifecycle hooks called as `this.hooks?.beforeSave?.(item)` and
// `hooks.onSave?.call(this, ...)`; a journal helper whose destructured options default to module
// state (`{ into = journal, clock = defaultClock } = {}`), a tally counting its `arguments`,
// `index[tag] ??= []` and `||=` groupings, and hooks swapped at run time by a request.
'use strict';
const express = require('express');
const { Collection } = require('./lib/collection');
const journal = require('./lib/journal');
const hooks = require('./lib/hooks');
const itemsRouter = require('./routes/items');

const collections = {
  tasks: new Collection('tasks', hooks.tasks),
  notes: new Collection('notes'),
};

const app = express();
app.use(express.json());
app.use((req, res, next) => {
  req.collections = collections;
  next();
});
app.use('/c/:name', itemsRouter);

app.put('/hooks/:name/:hook', (req, res) => {
  const target = collections[req.params.name];
  if (!target) return res.status(404).json({ error: 'no such collection' });
  const made = hooks.make(req.params.hook, req.body);
  if (!made) return res.status(400).json({ error: 'unknown hook' });
  (target.hooks ??= {})[req.params.hook] = made;
  res.json({ hooks: Object.keys(target.hooks) });
});

app.get('/journal', (req, res) => {
  res.json({ lines: journal.lines(), audit: journal.audit, tally: journal.tally.counts, clock: journal.defaultClock.now });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
