// A task board using Node 20's copying array methods (`toSorted`, `toSpliced`, `with`, `at`,
// `findLast`) beside mutating ones on the same state: elements of a sorted copy changed in place
// (they are the board's own objects), `board.tasks = board.tasks.with(i, ...)`, `at(-1)` and
// `findLast(...)` results written, `structuredClone` snapshots restored later, and groupings made
// with `reduce` (no Object.groupBy).
'use strict';
const express = require('express');

const app = express();
app.use(express.json());

const board = { tasks: [], nextId: 1, snapshots: [] };
const history = [{ action: 'init', count: 0 }];

function record(action) {
  const last = history.at(-1);
  if (last.action === action) last.count++;
  else history.push({ action, count: 1 });
}

app.post('/tasks', (req, res) => {
  const task = { id: board.nextId++, title: req.body.title, priority: req.body.priority ?? 3, done: false, owner: req.body.owner ?? null };
  board.tasks.push(task);
  record('add');
  res.status(201).json(task);
});

app.post('/tasks/claim-top', (req, res) => {
  const open = board.tasks.filter((t) => !t.done && !t.owner).toSorted((a, b) => a.priority - b.priority || a.id - b.id);
  const top = open.at(0);
  if (!top) return res.status(404).json({ error: 'nothing to claim' });
  top.owner = req.body.owner;
  record('claim');
  res.json(top);
});

app.post('/tasks/finish-last', (req, res) => {
  const task = board.tasks.findLast((t) => t.owner === req.body.owner && !t.done);
  if (!task) return res.status(404).json({ error: 'no task' });
  task.done = true;
  record('finish');
  res.json(task);
});

app.put('/tasks/:index', (req, res) => {
  const i = Number(req.params.index);
  const current = board.tasks.at(i);
  if (!current) return res.status(404).json({ error: 'bad index' });
  board.tasks = board.tasks.with(i, { ...current, ...req.body });
  record('edit');
  res.json(board.tasks.at(i));
});

app.delete('/tasks/:index', (req, res) => {
  const i = Number(req.params.index);
  const removed = board.tasks.at(i);
  board.tasks = board.tasks.toSpliced(i, 1);
  record('remove');
  res.json({ removed, left: board.tasks.length });
});

app.post('/snapshots', (req, res) => {
  board.snapshots.push(structuredClone(board.tasks));
  res.status(201).json({ snapshots: board.snapshots.length });
});

app.post('/snapshots/restore', (req, res) => {
  const snap = board.snapshots.pop();
  if (!snap) return res.status(404).json({ error: 'no snapshot' });
  board.tasks.splice(0, board.tasks.length, ...snap);
  record('restore');
  res.json({ tasks: board.tasks.length });
});

app.get('/board', (req, res) => {
  const byOwner = board.tasks.reduce((acc, t) => {
    (acc[t.owner ?? 'nobody'] ??= []).push(t.id);
    return acc;
  }, {});
  const byPriority = board.tasks.toSorted((a, b) => b.priority - a.priority).map((t) => `${t.id}:${t.priority}`);
  res.json({ byOwner, byPriority, done: board.tasks.filter((t) => t.done).length, history });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
