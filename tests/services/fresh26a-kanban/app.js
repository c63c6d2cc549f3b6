// A kanban board API: a Board class with private helpers and WIP limits, cards moved between and
// within columns by splicing arrays, columns reordered, and a capped activity feed.
const express = require('express');
const { board, BoardError } = require('./lib/board');
const { feed, record } = require('./lib/activity');

const app = express();
app.use(express.json());

app.get('/board', (req, res) => res.json(board));

app.post('/columns', (req, res) => {
  const { name, wip } = req.body;
  const column = board.addColumn(name, wip ?? Infinity);
  record('column', { name });
  res.status(201).json({ ...column, wip: column.wip === Infinity ? null : column.wip });
});

app.put('/columns/:id/position', (req, res) => {
  res.json(board.moveColumn(req.params.id, Number(req.body.index)));
});

app.use('/cards', require('./routes/cards'));

app.get('/activity', (req, res) => {
  const limit = Number(req.query.limit ?? feed.length);
  res.json(feed.slice(0, limit));
});

app.use((err, req, res, next) => {
  if (err instanceof BoardError) return res.status(err.status).json({ error: err.message });
  console.error(err);
  res.status(500).json({ error: 'something broke' });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
