// A job queue as ES modules: jobs pushed by requests, drained by two setInterval workers started
// at load (each tick takes one job, awaits its handler, which may await a timer, and records the
// result); handlers in a registry object; failed jobs retried up to `maxRetries` then parked;
// a pause switch, per-worker counters kept in a class's static Map, and results read later.
import express from 'express';
import { fileURLToPath } from 'node:url';
import { queue } from './src/queue.js';
import { Worker } from './src/worker.js';

const app = express();
app.use(express.json());

const workers = ['w1', 'w2'].map((name) => new Worker(name, queue, 25));
workers.forEach((w) => w.start());

app.post('/jobs', (req, res) => {
  const { type, data = {}, maxRetries = 1 } = req.body ?? {};
  try {
    res.status(201).json(queue.push({ type, data, maxRetries }));
  } catch (err) {
    res.status(400).json({ error: err.message });
  }
});

app.get('/jobs/:id', (req, res) => {
  const job = queue.find(Number(req.params.id));
  if (!job) return res.status(404).json({ error: 'no such job' });
  const { worker, ...rest } = job; // which worker ran it depends on timing
  res.json(rest);
});

app.get('/queue', (req, res) => {
  res.json({ ...queue.summary(), processed: Worker.total() });
});

app.post('/queue/pause', (req, res) => {
  queue.paused = Boolean(req.body?.paused);
  res.json({ paused: queue.paused, waiting: queue.waiting.length });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
