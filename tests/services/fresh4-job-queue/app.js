// An async job queue: POST enqueues and answers 202 with a Location to poll;
// a `?wait=1` request awaits the queue's 'idle' event with events.once; the
// per-type totals are kept by 'done'/'failed' listeners.
const express = require('express');
const { once } = require('node:events');
const { JobQueue, handlers } = require('./lib/queue');

const queue = new JobQueue(handlers, { concurrency: 2 });
const totals = {};
queue.on('done', (job) => {
  totals[job.type] = (totals[job.type] ?? 0) + 1;
});
queue.on('failed', (job, err) => {
  totals[`${job.type}:${err.name}`] = (totals[`${job.type}:${err.name}`] ?? 0) + 1;
});

const app = express();
app.use(express.json());

app.post('/jobs', async (req, res) => {
  const list = Array.isArray(req.body) ? req.body : [req.body];
  const jobs = list.map(({ type, ...payload }) => queue.add(type, payload));
  if (req.query.wait) {
    await once(queue, 'idle');
    return res.json(jobs.map(({ id, state, result, error }) => ({ id, state, result, error })));
  }
  res.status(202).location(`/jobs/${jobs[0].id}`).json({ ids: jobs.map((j) => j.id) });
});

app.get('/jobs/:id', (req, res) => {
  const job = queue.jobs.get(Number(req.params.id));
  if (!job) return res.sendStatus(404);
  const { payload, ...rest } = job;
  res.json(rest);
});

app.get('/stats', (req, res) => {
  res.json({ counts: queue.counts, totals, listeners: queue.listenerCount('idle') });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
