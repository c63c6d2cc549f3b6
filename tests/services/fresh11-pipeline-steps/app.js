// A signup pipeline as an array of async steps, `for (const step of pipeline) await step(ctx)`:
// validate, enrich and persist live in their own modules; persist writes a db module and its
// own counters; each step is wrapped by a metrics helper whose closure counts calls; the db's
// `count` and `lastId` are getters on module.exports, the metrics' snapshot a defineProperty getter.
'use strict';
const express = require('express');
const db = require('./lib/db');
const metrics = require('./lib/metrics');
const { validate, StepError } = require('./steps/validate');
const enrich = require('./steps/enrich');
const persist = require('./steps/persist');

const pipeline = [validate, enrich, persist].map((fn) => metrics.timed(fn.name, fn));

async function runPipeline(input) {
  const ctx = { input, trail: [] };
  for (const [i, step] of pipeline.entries()) {
    await step(ctx);
    ctx.trail.push(i);
  }
  return ctx;
}

const app = express();
app.use(express.json());

app.post('/signup', async (req, res, next) => {
  try {
    const { user, trail } = await runPipeline(req.body);
    res.status(201).json({ user, trail, count: db.count });
  } catch (err) {
    if (err instanceof StepError) return res.status(err.status).json({ error: err.message, step: err.step });
    next(err);
  }
});

app.get('/users', (req, res) => res.json({ count: db.count, lastId: db.lastId, users: db.all() }));
app.get('/metrics', (req, res) => res.json({ ...metrics.snapshot, ...persist.totals(), lookups: enrich.lookups }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
