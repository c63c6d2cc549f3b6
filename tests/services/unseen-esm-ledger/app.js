import express from 'express';
import { fileURLToPath } from 'node:url';
import { ledger, post, reverse, money } from './lib/ledger.js';
import { audit, watchLarge, unwatchLarge } from './lib/audit.js';

const app = express();
app.use(express.json());

watchLarge(10000);

app.post('/entries', (req, res, next) => {
  try {
    res.status(201).json(post(req.body));
  } catch (err) {
    next(err);
  }
});

app.post('/entries/:n/reverse', (req, res) => {
  const entry = reverse(Number(req.params.n));
  if (!entry) return res.status(409).json({ error: `#${req.params.n} cannot be reversed` });
  res.json(entry);
});

app.get('/balance', (req, res) => {
  const accounts = Object.entries(ledger.accounts)
    .map(([name, { total, count }]) => ({ name, total: money(total), count }))
    .toSorted((a, b) => a.name.localeCompare(b.name));
  res.json({ balance: money(ledger.balance), accounts, entries: ledger.entries.length });
});

app.get('/audit', (req, res) => {
  res.json({ large: audit.large, byAccount: Object.fromEntries(audit.byAccount) });
});

app.put('/audit/large', (req, res) => {
  if (req.body?.limit == null) return res.json({ stopped: unwatchLarge() });
  watchLarge(req.body.limit);
  res.json({ limit: req.body.limit });
});

app.use((err, req, res, next) => {
  res.status(err instanceof RangeError ? 422 : 500).json({ error: err.message, kind: err.name });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
