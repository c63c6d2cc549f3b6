// A background task runner as ES modules: a Runner class (EventEmitter subclass with
// private fields) runs queued tasks with `await setTimeout` from node:timers/promises,
// cancellable through an AbortController kept per task; a route awaits a task's end
// with `events.once`; a history module listens to the runner and keeps the last
// results; a lib/ids.js closure hands out ids. Later requests read what earlier ones ran.
import express from 'express';
import { fileURLToPath } from 'node:url';
import tasks from './src/routes/tasks.js';
import { history } from './src/services/history.js';

const app = express();
app.use(express.json());
app.use('/tasks', tasks);
app.get('/history', (req, res) => {
  res.json({ last: history.last(Number(req.query.n ?? 3)), totals: history.totals });
});

app.use((err, req, res, next) => {
  res.status(err.status ?? 500).json({ error: err.message });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
