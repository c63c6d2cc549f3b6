// Jobs on an EventTarget bus whose listeners are objects with handleEvent (their state is their
// own fields), registered at startup in one module and by requests (a guard that cancels jobs of a
// paused queue with preventDefault, a per-queue tally object); a meter whose exported object has a
// setter writing a history and a peak in its module, set from a listener in another module;
// `Function.prototype.call.call` and a `queueMicrotask` writing after the answer.
import express from 'express';
import { fileURLToPath } from 'node:url';
import { bus, publish } from './lib/bus.js';
import { stats } from './lib/stats.js';
import meter from './lib/meter.js';

const app = express();
app.use(express.json());

const jobs = [];
const paused = new Set();
const tallies = new Map();
const late = [];

class Tally {
  constructor(queue) {
    this.queue = queue;
    this.seen = [];
  }
  handleEvent(event) {
    if (event.detail.queue === this.queue) this.seen.push(event.detail.id);
  }
}

const guard = {
  handleEvent(event) {
    if (paused.has(event.detail.queue)) event.preventDefault();
  },
};

app.post('/pause/:queue', (req, res) => {
  if (paused.size === 0) bus.addEventListener('started', guard);
  paused.add(req.params.queue);
  res.json({ paused: [...paused] });
});

app.post('/tally/:queue', (req, res) => {
  if (!tallies.has(req.params.queue)) {
    const t = new Tally(req.params.queue);
    tallies.set(req.params.queue, t);
    bus.addEventListener('started', t);
  }
  res.status(201).json({ tallies: [...tallies.keys()] });
});

app.post('/jobs', (req, res) => {
  const job = { id: jobs.length + 1, queue: req.body.queue, ok: req.body.ok !== false };
  const cancelled = publish('started', job);
  job.state = cancelled ? 'cancelled' : job.ok ? 'done' : 'failed';
  if (!cancelled && !job.ok) Function.prototype.call.call(publish, null, 'failed', job);
  jobs.push(job);
  queueMicrotask(() => late.push(`${job.id}:${job.state}`));
  res.status(201).json({ id: job.id, state: job.state });
});

app.post('/meter', (req, res) => {
  meter.level = req.body.level;
  res.json({ level: meter.level, peak: meter.peak });
});

app.get('/stats', (req, res) => {
  res.json({
    started: stats.started,
    failed: stats.failed,
    byQueue: stats.byQueue,
    tallies: Object.fromEntries([...tallies].map(([q, t]) => [q, t.seen])),
    meter: { ...meter },
    history: meter.history(),
    late,
  });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
