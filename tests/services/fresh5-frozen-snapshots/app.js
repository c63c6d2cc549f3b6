// A frozen, copy-on-write catalog (lib/catalog.js): changes build a new frozen
// object and replace the module's `let`; a reader holding an old snapshot keeps
// the old one; writes to a frozen object fail silently in sloppy code and throw
// under 'use strict' (the strict route lives in a function with the directive).
const express = require('express');
const catalog = require('./lib/catalog');

let held = catalog.snapshot();
const rejected = [];

function strictWrite(obj, key, value) {
  'use strict';
  obj[key] = value;
}

const app = express();
app.use(express.json());

app.get('/catalog', (req, res) => res.json({ ...catalog.current, frozen: Object.isFrozen(catalog.current.prices) }));

app.put('/prices/:item', (req, res) => {
  const next = catalog.update((draft) => {
    draft.prices[req.params.item] = req.body.cents;
  });
  res.json({ version: next.version, prices: next.prices });
});

app.post('/tags', (req, res) => {
  const next = catalog.update((draft) => draft.tags.push(...req.body.tags));
  res.status(201).json({ version: next.version, tags: next.tags });
});

app.post('/sloppy-write', (req, res) => {
  const snap = catalog.snapshot();
  snap.prices.tea = 1;
  snap.tags.length = 0;
  res.json({ tea: snap.prices.tea, tags: snap.tags.length });
});

app.post('/strict-write', (req, res) => {
  try {
    strictWrite(catalog.current.prices, 'tea', 1);
    res.json({ wrote: true });
  } catch (err) {
    rejected.push(err.name);
    res.status(409).json({ error: err.name, rejected: rejected.length });
  }
});

app.post('/hold', (req, res) => {
  const before = held.version;
  held = catalog.snapshot();
  res.json({ before, now: held.version });
});

app.get('/held', (req, res) => res.json({ held: held.version, current: catalog.current.version, same: held === catalog.current, prices: held.prices }));

app.post('/rollback/:version', (req, res) => {
  const found = catalog.rollback(Number(req.params.version));
  if (!found) return res.status(404).json({ error: 'no such version' });
  res.json({ version: catalog.current.version, sameAsHeld: found === held, history: catalog.versions.map((v) => v.version) });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
