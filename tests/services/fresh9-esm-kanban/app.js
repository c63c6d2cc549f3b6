// Kanban board as ES modules: `import * as board` from an index re-exporting with `export *`,
// renamed and default re-exports; a config read with top-level await through import.meta.url;
// exported `let`s written by their module's functions and read as live bindings; an error
// class with a class field; a default-exported object whose methods write `this`.
import express from 'express';
import { fileURLToPath } from 'node:url';
import * as board from './src/board/index.js';

const app = express();
app.use(express.json());

app.post('/cards', (req, res) => {
  const card = board.add(req.body.title, req.body.tags);
  board.history.record('add', { id: card.id });
  res.status(201).json(card);
});

app.post('/cards/:id/move', (req, res, next) => {
  try {
    const card = board.move(Number(req.params.id), req.body.to);
    if (!card) return res.status(404).json({ error: 'no such card' });
    board.history.record('move', { id: card.id, to: card.column });
    res.json({ card, moves: board.moves });
  } catch (err) {
    next(err);
  }
});

app.put('/limits/:column', (req, res) => {
  board.setLimit(req.params.column, req.body.limit);
  res.json({ limits: board.limits });
});

app.get('/board', (req, res) => {
  res.json({ columns: board.COLUMNS, cards: board.byColumn(), limits: board.limits, moves: board.moves,
             recent: board.history.last(Number(req.query.recent ?? 3)) });
});

app.use((err, req, res, next) => {
  if (err instanceof board.WipError) return res.status(409).json({ error: err.name, column: err.column, message: err.message });
  res.status(400).json({ error: err.name, message: err.message });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
