const express = require('express');
const jobs = require('./jobs');
const { slowSquare } = require('./work');

const app = express();
app.use(express.json());

app.post('/jobs', (req, res) => {
  const { n, ms, timeoutMs } = req.body;
  res.status(202).json({ id: jobs.start(n, ms, timeoutMs) });
});

app.delete('/jobs/:id', (req, res) => {
  const ok = jobs.cancel(req.params.id, req.query.why);
  res.status(ok ? 200 : 409).json({ cancelled: ok });
});

app.get('/jobs/:id', (req, res) => {
  res.json(jobs.results.get(req.params.id) ?? { state: 'unknown' });
});

// Inline: answer within the deadline or say so.
app.get('/square/:n', async (req, res) => {
  try {
    const value = await slowSquare(Number(req.params.n), Number(req.query.ms ?? 10), AbortSignal.timeout(Number(req.query.deadline ?? 1000)));
    res.json({ value });
  } catch (err) {
    res.status(504).json({ error: err.name, message: err.message, code: err.code });
  }
});

app.get('/tally', (req, res) => res.json({ ...jobs.tally, running: jobs.running.size }));

app.listen(process.env.PORT || 3000);
