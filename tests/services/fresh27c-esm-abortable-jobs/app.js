// Background jobs in an ES module: a queue (EventEmitter) drained by a worker started at the top level that
// `for await`s over events.on(queue, 'job'), each job a timers/promises setTimeout bounded by
// AbortSignal.any([AbortSignal.timeout(ms), controller.signal]) (TimeoutError vs AbortError), cancellation through
// AbortControllers kept in a Map, util.promisify(setImmediate) between jobs, a top-level await of the first
// 'idle' event, job results read by later requests.
import express from 'express';
import { EventEmitter, on, once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const nextTurn = promisify(setImmediate);

const queue = new EventEmitter();
const jobs = new Map();
const controllers = new Map();
const stats = { done: 0, timedOut: 0, cancelled: 0, failed: 0 };
let lastId = 0;

class Job {
  static #timeoutMs = 60;
  static get timeoutMs() {
    return Job.#timeoutMs;
  }
  static set timeoutMs(ms) {
    Job.#timeoutMs = Math.max(10, ms);
  }

  constructor(kind, ms, payload) {
    this.id = ++lastId;
    this.kind = kind;
    this.ms = ms;
    this.payload = payload ?? null;
    this.state = 'queued';
    this.result = null;
  }
}

async function run(job) {
  const controller = new AbortController();
  controllers.set(job.id, controller);
  job.state = 'running';
  const signal = AbortSignal.any([AbortSignal.timeout(Job.timeoutMs), controller.signal]);
  try {
    if (controller.signal.aborted) throw controller.signal.reason;
    const value = await sleep(job.ms, job.payload, { signal });
    if (job.kind === 'fail') throw new Error(`job ${job.id} failed`);
    job.result = typeof value === 'string' ? value.toUpperCase() : value;
    job.state = 'done';
    stats.done++;
  } catch (err) {
    // timers/promises rejects with an AbortError whose cause is the signal's reason (a TimeoutError for the timeout)
    const reason = err.cause?.name ?? err.name;
    job.state = reason === 'TimeoutError' ? 'timed out' : reason === 'AbortError' ? 'cancelled' : 'failed';
    job.result = { error: err.name, cause: err.cause?.name, message: err.name === 'Error' ? err.message : undefined };
    stats[{ 'timed out': 'timedOut', cancelled: 'cancelled', failed: 'failed' }[job.state]]++;
  } finally {
    controllers.delete(job.id);
  }
}

async function worker() {
  queue.emit('idle');
  for await (const [job] of on(queue, 'job')) {
    await run(job);
    await nextTurn();
  }
}

const started = once(queue, 'idle');
worker();
await started;

const app = express();
app.use(express.json());

app.post('/jobs', (req, res) => {
  const { kind = 'echo', ms = 5, payload } = req.body ?? {};
  const job = new Job(kind, Math.min(Number(ms), 1000), payload);
  jobs.set(job.id, job);
  queue.emit('job', job);
  res.status(202).json({ id: job.id, state: job.state });
});

app.post('/jobs/:id/cancel', (req, res) => {
  const id = Number(req.params.id);
  const controller = controllers.get(id);
  if (!controller) return res.status(409).json({ error: 'not running', state: jobs.get(id)?.state ?? null });
  controller.abort();
  res.json({ cancelled: id });
});

app.get('/jobs/:id', (req, res) => {
  const job = jobs.get(Number(req.params.id));
  if (!job) return res.status(404).json({ error: 'no such job' });
  res.json(job);
});

app.put('/settings/timeout', (req, res) => {
  Job.timeoutMs = Number(req.body.ms);
  res.json({ timeoutMs: Job.timeoutMs });
});

app.get('/stats', (_req, res) => {
  res.json({ ...stats, queued: [...jobs.values()].filter((j) => j.state === 'queued').length, timeoutMs: Job.timeoutMs });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
