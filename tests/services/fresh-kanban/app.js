// A kanban board as one nested module object: columns hold card arrays, moving a
// card splices it out of one array into another at a position, WIP limits per
// column, card ids from a closure counter, and an undo stack of moves.
const express = require('express');

const board = {
  columns: { todo: [], doing: [], done: [] },
  limits: { doing: 2 },
  undo: [],
};

const nextCardId = (() => {
  let id = 0;
  return () => `c${++id}`;
})();

function locate(cardId) {
  for (const [column, cards] of Object.entries(board.columns)) {
    const index = cards.findIndex((c) => c.id === cardId);
    if (index !== -1) return { column, index };
  }
  return null;
}

function move(cardId, to, position, record = true) {
  const from = locate(cardId);
  if (!from) return { error: 'no such card', status: 404 };
  const target = board.columns[to];
  if (!target) return { error: 'no such column', status: 400 };
  if (from.column !== to && target.length >= (board.limits[to] ?? Infinity)) return { error: `${to} is full`, status: 409 };
  const [card] = board.columns[from.column].splice(from.index, 1);
  target.splice(Math.min(position ?? target.length, target.length), 0, card);
  if (record) board.undo.push({ cardId, column: from.column, index: from.index });
  return { ok: true };
}

const view = () => Object.fromEntries(Object.entries(board.columns).map(([k, cards]) => [k, cards.map((c) => c.title)]));

const app = express();
app.use(express.json());

app.post('/cards', (req, res) => {
  const card = { id: nextCardId(), title: req.body.title };
  board.columns.todo.push(card);
  res.status(201).json(card);
});

app.post('/cards/:id/move', (req, res) => {
  const { error, status } = move(req.params.id, req.body.to, req.body.position);
  if (error) return res.status(status).json({ error });
  res.json(view());
});

app.post('/undo', (req, res) => {
  const last = board.undo.pop();
  if (!last) return res.status(409).json({ error: 'nothing to undo' });
  move(last.cardId, last.column, last.index, false);
  res.json(view());
});

app.get('/board', (req, res) => res.json({ ...view(), undo: board.undo.length }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
