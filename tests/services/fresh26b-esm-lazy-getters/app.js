// Settings behind Object.defineProperty accessors whose setters write a change log and a version
// elsewhere and whose getters count reads; a catalog in an IIFE closure with a lazily built index
// behind a getter and quotes cached in a WeakMap keyed by product; a discount registry kept on
// globalThis under a Symbol.for key; a WeakRef to the last big report.
import express from 'express';
import { fileURLToPath } from 'node:url';
import { settings, changes } from './lib/settings.js';
import { catalog } from './lib/catalog.js';
import { addRule, registry } from './lib/registry.js';

const app = express();
app.use(express.json());

let lastReport = null;
let reportsBuilt = 0;

app.get('/tags/:tag', (req, res) => {
  const skus = catalog.byTag[req.params.tag] ?? [];
  res.json({ skus, builds: catalog.builds });
});

app.post('/products', (req, res) => {
  const count = catalog.add({ sku: req.body.sku, price: req.body.price, tags: req.body.tags });
  res.status(201).json({ count, builds: catalog.builds });
});

app.get('/quote/:sku', (req, res) => {
  const product = catalog.find(req.params.sku);
  if (!product) return res.status(404).json({ error: 'unknown' });
  const q = catalog.quote(product);
  res.json({ ...q, currency: settings.currency, hits: registry().hits });
});

app.delete('/quote/:sku', (req, res) => {
  const product = catalog.find(req.params.sku);
  res.json({ forgot: product ? catalog.forget(product) : false });
});

app.post('/rules', (req, res) => {
  const size = addRule(req.body.name, req.body.pct);
  res.status(201).json({ size });
});

app.put('/settings', (req, res) => {
  for (const [k, v] of Object.entries(req.body)) settings[k] = v;
  res.json({ version: settings.version, changes });
});

app.get('/settings', (req, res) => {
  // spreading runs every enumerable getter: the read counters move
  const snapshot = { ...settings };
  res.json({ snapshot, reads: settings.reads });
});

app.get('/report', (req, res) => {
  let report = lastReport?.deref();
  if (!report) {
    reportsBuilt += 1;
    report = { tags: Object.keys(catalog.byTag).sort(), built: reportsBuilt };
    lastReport = new WeakRef(report);
  }
  res.json({ report, built: reportsBuilt });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
