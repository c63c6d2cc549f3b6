// Inventory as ES modules: state in modules of their own written through
// imported functions (renamed on import), a default-exported instance
// (`export default new Ledger()`), rule objects changed while iterating a Map's
// entries(), and a map() callback that writes an outer counter.
import express from 'express';
import { fileURLToPath } from 'node:url';
import ledger from './src/stock.js';
import { receive as stockIn, ship, snapshot } from './src/stock.js';
import { rules, runReorders } from './src/reorder.js';

const app = express();
app.use(express.json());

app.post('/receive', (req, res) => {
  let lines = 0;
  const ids = req.body.map(({ sku, qty }) => {
    stockIn(sku, qty);
    lines++;
    return ledger.record('in', sku, qty);
  });
  res.json({ lines, ids, ...snapshot() });
});

app.post('/ship', (req, res) => {
  const { sku, qty } = req.body;
  if (!ship(sku, qty)) return res.status(409).json({ error: `not enough ${sku}`, ...snapshot() });
  ledger.record('out', sku, qty);
  res.json({ reorders: runReorders(), ...snapshot() });
});

app.put('/rules/:sku', (req, res) => {
  rules.set(req.params.sku, { min: req.body.min, batch: req.body.batch, fired: 0 });
  res.json(Object.fromEntries(rules));
});

app.get('/ledger', (req, res) => res.json({ entries: ledger.entries, rules: Object.fromEntries(rules) }));

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
