const handlers = require('./handlers');

const BASE_BACKOFF_MS = 20;

const jobs = new Map();
const waiting = [];
let nextId = 1;
let running = false;
let paused = false;
const counters = { processed: 0, succeeded: 0, failed: 0, retried: 0 };

function enqueue(type, payload, { maxAttempts = 3 } = {}) {
  if (!Object.hasOwn(handlers, type)) throw new Error(`unknown job type: ${type}`);
  const job = { id: nextId++, type, payload, status: 'queued', attempts: 0, maxAttempts, result: null, errors: [], backoff: [] };
  jobs.set(job.id, job);
  waiting.push(job.id);
  kick();
  return job;
}

function kick() {
  if (running || paused) return;
  running = true;
  setImmediate(work);
}

async function work() {
  const id = waiting.shift();
  if (id === undefined || paused) {
    if (id !== undefined) waiting.unshift(id);
    running = false;
    return;
  }
  const job = jobs.get(id);
  if (job.status === 'cancelled') return setImmediate(work);
  job.status = 'running';
  job.attempts += 1;
  counters.processed += 1;
  try {
    job.result = await handlers[job.type](job.payload, job);
    job.status = 'done';
    counters.succeeded += 1;
  } catch (err) {
    job.errors.push(err.message);
    if (job.attempts < job.maxAttempts) {
      const delay = BASE_BACKOFF_MS * 2 ** (job.attempts - 1);
      job.status = 'retrying';
      job.backoff.push(delay);
      counters.retried += 1;
      setTimeout(() => {
        if (job.status !== 'retrying') return;
        job.status = 'queued';
        waiting.push(job.id);
        kick();
      }, delay);
    } else {
      job.status = 'failed';
      counters.failed += 1;
    }
  }
  setImmediate(work);
}

function requeue(job, { extraAttempts }) {
  job.maxAttempts = job.attempts + extraAttempts;
  job.status = 'queued';
  waiting.push(job.id);
  kick();
}

function cancel(job) {
  if (!['queued', 'retrying'].includes(job.status)) return false;
  job.status = 'cancelled';
  const i = waiting.indexOf(job.id);
  if (i !== -1) waiting.splice(i, 1);
  return true;
}

module.exports = {
  enqueue,
  requeue,
  cancel,
  get: (id) => jobs.get(id),
  list: () => [...jobs.values()],
  pending: () => waiting.length,
  pause() { paused = true; },
  resume() { paused = false; kick(); },
  stats: () => ({ paused, running, pending: waiting.length, ...counters }),
};
