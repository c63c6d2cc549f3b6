// An EventEmitter subclass with private fields whose listeners, registered in another module,
// write module state: `on`, `once`, `prependListener` for validation, and an alert listener added
// and removed by requests (`on`/`off`, `listenerCount`).
import express from 'express';
import { fileURLToPath } from 'node:url';
import { ledger, Ledger } from './lib/ledger.js';
import { stats, alerts, lowBalanceAlert } from './lib/listeners.js';

const app = express();
app.use(express.json());

app.post('/entries', (req, res) => {
  const { kind = 'credit', amount } = req.body ?? {};
  const entry = ledger.post(kind, amount);
  res.status(entry.rejected ? 422 : 201).json({ entry, balance: ledger.balance });
});

app.get('/ledger', (req, res) => {
  res.json({
    name: ledger.name,
    balance: ledger.balance,
    size: ledger.size,
    stats,
    alerts,
    listeners: { posted: ledger.listenerCount('posted'), before: ledger.listenerCount('before') },
    instances: Ledger.instances,
  });
});

app.post('/alerts/:state', (req, res) => {
  if (req.params.state === 'on') ledger.on('posted', lowBalanceAlert);
  else ledger.off('posted', lowBalanceAlert);
  res.json({ posted: ledger.listenerCount('posted') });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
