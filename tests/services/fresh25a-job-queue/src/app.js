// A job queue on node-redis 4 lists (LPUSH, LMOVE waiting->active, LREM) and hashes, with
// retries up to 3 attempts; handlers registered from a module keep their own outputs, the
// queue counts processed jobs and remembers failures in process. A worker route drains it.
const express = require('express');
const queue = require('./queue');
const jobs = require('./jobs');

const app = express();
app.use(express.json());

app.post('/jobs', async (req, res, next) => {
  try {
    const { type, data = {} } = req.body;
    const id = await queue.add(type, data);
    res.status(202).json({ id });
  } catch (e) {
    next(e);
  }
});

app.post('/worker/tick', async (req, res, next) => {
  try {
    const max = Number(req.query.max ?? 1);
    const ran = [];
    for (let i = 0; i < max; i++) {
      const outcome = await queue.processNext();
      if (!outcome) break;
      ran.push(outcome);
    }
    res.json({ ran, processed: queue.processed });
  } catch (e) {
    next(e);
  }
});

app.get('/jobs/:id', async (req, res) => {
  const job = await queue.job(req.params.id);
  if (!job) return res.sendStatus(404);
  res.json(job);
});

app.get('/queue', async (req, res) => {
  res.json({ ...(await queue.counts()), processed: queue.processed, failures: queue.failures.length });
});

app.get('/outputs', (req, res) => {
  res.json({ sent: jobs.sent, thumbnails: Object.fromEntries(jobs.thumbnails), lastFailure: queue.failures.at(-1) ?? null });
});

module.exports = app;
