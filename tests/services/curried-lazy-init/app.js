// Lazy initialisation by a higher-order function: `lazy(init)` keeps `p ??= init()` in its closure, so
// the database object an async init made once is the one every later request awaits and changes; an
// `unless(paths, mw)` combinator skipping a counting middleware for some paths.
const express = require('express');
const app = express();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const lazy = (init) => { let p; return () => (p ??= init()); };
let inits = 0;
const getDb = lazy(async () => { inits += 1; await sleep(5); return { rows: [], opened: inits }; });
const unless = (paths, mw) => (req, res, next) => (paths.includes(req.path) ? next() : mw(req, res, next));
let checked = 0;
app.use(unless(['/health'], (req, res, next) => { checked += 1; next(); }));
app.post('/rows/:v', async (req, res) => {
  const db = await getDb();
  db.rows.push(req.params.v);
  res.json({ rows: db.rows.length, opened: db.opened });
});
app.get('/rows', async (req, res) => {
  const db = await getDb();
  res.json({ rows: db.rows, inits, checked });
});
app.get('/health', (req, res) => res.json({ ok: true, checked }));
module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
