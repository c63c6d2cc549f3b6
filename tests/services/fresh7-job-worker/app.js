// An in-memory job queue with a worker loop: POST /jobs enqueues, a loop
// driven by setImmediate takes one job at a time between requests, failed
// jobs are retried with exponential backoff (setTimeout), the worker can be
// paused, and later requests (after a long delay_ms) read the results.
const express = require('express');
const queue = require('./lib/queue');

const app = express();
app.use(express.json());

const view = ({ id, type, status, attempts, result, errors, backoff }) => ({ id, type, status, attempts, result, errors, backoff });

app.post('/jobs', (req, res) => {
  const { type, payload = {}, maxAttempts } = req.body ?? {};
  try {
    const job = queue.enqueue(type, payload, { maxAttempts });
    res.status(202).location(`/jobs/${job.id}`).json({ id: job.id, status: job.status, position: queue.pending() });
  } catch (err) {
    res.status(400).json({ error: err.message });
  }
});

app.get('/jobs', (req, res) => {
  const jobs = queue.list().filter((j) => !req.query.status || j.status === req.query.status);
  res.json(jobs.map(({ id, status }) => ({ id, status })));
});

app.get('/jobs/:id', (req, res) => {
  const job = queue.get(Number(req.params.id));
  if (!job) return res.status(404).json({ error: 'no such job' });
  res.json(view(job));
});

app.post('/jobs/:id/retry', (req, res) => {
  const job = queue.get(Number(req.params.id));
  if (!job) return res.status(404).json({ error: 'no such job' });
  if (job.status !== 'failed') return res.status(409).json({ error: `job is ${job.status}` });
  queue.requeue(job, { extraAttempts: Number(req.body?.extraAttempts ?? 1) });
  res.status(202).json(view(job));
});

app.delete('/jobs/:id', (req, res) => {
  const job = queue.get(Number(req.params.id));
  if (!job) return res.status(404).json({ error: 'no such job' });
  if (!queue.cancel(job)) return res.status(409).json({ error: `cannot cancel a ${job.status} job` });
  res.json(view(job));
});

app.post('/worker/:action(pause|resume)', (req, res) => {
  req.params.action === 'pause' ? queue.pause() : queue.resume();
  res.json(queue.stats());
});

app.get('/worker', (req, res) => res.json(queue.stats()));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
