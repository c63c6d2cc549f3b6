// Request metrics as middleware writes them: a response's 'finish' listener counting by status
// and by `req.route.path` into module state, a 'close' listener, and notes behind a Router
// whose async handlers answer after awaits (Express 5, ES modules).
import express, { Router } from 'express';
import { fileURLToPath } from 'node:url';

const app = express();
const metrics = { byStatus: {}, byRoute: new Map(), finished: 0, closed: 0 };
app.use((req, res, next) => {
  res.on('finish', () => {
    metrics.finished++;
    metrics.byStatus[res.statusCode] = (metrics.byStatus[res.statusCode] ?? 0) + 1;
    const key = `${req.method} ${req.route?.path ?? '(none)'}`;
    metrics.byRoute.set(key, (metrics.byRoute.get(key) ?? 0) + 1);
  });
  res.once('close', () => { metrics.closed++; });
  next();
});
const notes = [];
const router = Router();
router.post('/', express.json(), async (req, res) => {
  await null;
  if (!req.body?.text) return res.status(422).json({ error: 'text required' });
  notes.push(req.body.text);
  res.status(201).json({ id: notes.length });
});
router.get('/:id', async (req, res) => {
  await new Promise((r) => setImmediate(r));
  const note = notes[Number(req.params.id) - 1];
  if (note === undefined) return res.sendStatus(404);
  res.json({ note });
});
app.use('/notes', router);
app.get('/metrics', (req, res) => res.json({ ...metrics, byRoute: Object.fromEntries(metrics.byRoute) }));
export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
