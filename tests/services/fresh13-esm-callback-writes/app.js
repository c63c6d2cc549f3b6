// Module state written from inside callbacks and concurrent methods: a template `replace` callback,
// a `sort` comparator counting comparisons, a `reduce` reducer tallying by category, an async
// generator draining a queue read with `for await`, and `Promise.all` over methods of an analyzer
// that all write one shared report object.
import express from 'express';
import { fileURLToPath } from 'node:url';
import { render, rank, sum, usage, tally } from './text.js';
import { queue, processed, progress, drain, Analyzer } from './jobs.js';

const entries = [];
const report = { runs: 0 };
const analyzer = new Analyzer(report);

const app = express();
app.use(express.json());

app.post('/render', (req, res) => {
  res.type('text').send(render(req.body.template, req.body.vars ?? {}));
});

app.post('/entries', (req, res) => {
  entries.push(...req.body);
  const total = sum(req.body);
  res.status(201).json({ total, tally });
});

app.get('/ranking', (req, res) => {
  const before = usage.comparisons;
  const ranked = rank(entries).map((e) => `${e.name}:${e.amount}`);
  res.json({ ranked, comparisons: usage.comparisons - before });
});

app.post('/jobs', (req, res) => {
  queue.push(...req.body.names.map((name, i) => ({ name, priority: i })));
  res.status(202).json({ queued: queue.length });
});

app.post('/jobs/drain', async (req, res) => {
  const seen = [];
  for await (const job of drain(Number(req.query.limit ?? 2))) {
    seen.push(`${job.name}(${job.left})`);
  }
  res.json({ seen, processed, progress });
});

app.post('/analyze', async (req, res) => {
  report.runs += 1;
  const { text } = req.body;
  await Promise.all([analyzer.capitals(text), analyzer.words(text), analyzer.letters(text)]);
  res.json(report);
});

app.get('/usage', (req, res) => {
  res.json({ ...usage, missing: [...usage.missing], tally, entries: entries.length });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
