// A kanban board as ES modules with commands and undo: a Board class (private #columns,
// static WIP limits in a static block), commands as objects { do, undo } pushed on a
// history module (undo/redo stacks), an activity feed filled by queueMicrotask after each
// command through an emitter, a middleware stamping x-board-version from a module `let`
// exported with a bump function, and util.promisify around a callback-style exporter.
import express from 'express';
import { fileURLToPath } from 'node:url';
import { versionStamp } from './src/middleware/version.js';
import cards from './src/routes/cards.js';
import history from './src/routes/history.js';

const app = express();
app.use(express.json());
app.use(versionStamp);
app.use('/cards', cards);
app.use('/history', history);

app.use((err, req, res, next) => {
  res.status(err.status ?? 500).json({ error: err.message });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
