// A job queue worked by setImmediate: POST /jobs enqueues and awaits the job's own
// promise, settled by the worker; a worker that is already draining is not started
// twice; failed jobs reject; the history and counters are module state.
const express = require('express');

const queue = [];
const history = [];
let draining = false;
let nextId = 1;

const handlers = {
  upper: (input) => input.toUpperCase(),
  reverse: (input) => [...input].reverse().join(''),
  length: (input) => input.length,
};

function enqueue(type, input) {
  return new Promise((resolve, reject) => {
    queue.push({ id: nextId++, type, input, resolve, reject });
    if (!draining) {
      draining = true;
      setImmediate(drain);
    }
  });
}

function drain() {
  const job = queue.shift();
  if (!job) {
    draining = false;
    return;
  }
  const handler = handlers[job.type];
  if (handler) {
    const output = handler(job.input);
    history.push({ id: job.id, ok: true });
    job.resolve({ id: job.id, output });
  } else {
    history.push({ id: job.id, ok: false });
    job.reject(Object.assign(new Error(`unknown job type ${job.type}`), { jobId: job.id }));
  }
  setImmediate(drain);
}

const app = express();
app.use(express.json());

app.post('/jobs', async (req, res) => {
  const { type, input = '' } = req.body;
  try {
    const result = await enqueue(type, input);
    res.status(201).json(result);
  } catch (err) {
    res.status(422).json({ error: err.message, id: err.jobId });
  }
});

app.get('/jobs', (req, res) => {
  res.json({ queued: queue.length, done: history.filter((h) => h.ok).length, history });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
