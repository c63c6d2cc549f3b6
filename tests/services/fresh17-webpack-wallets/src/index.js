import express from 'express';
import * as wallets from './domain/wallets';
import money from './domain/money';
import idempotent from './http/idempotency';

const app = express();
app.use(express.json());
app.use(idempotent);

const view = (w) => ({ ...w, display: money.format(w.balance, w.currency) });
const handle = (fn) => (req, res, next) => Promise.resolve(fn(req, res)).catch(next);

app.post('/wallets', (req, res) => res.status(201).json(view(wallets.open(req.body.owner, req.body.currency))));
app.get('/wallets/:id', handle((req, res) => res.json({ ...view(wallets.get(req.params.id)), history: wallets.history(req.params.id) })));
app.post('/wallets/:id/deposits', handle(async (req, res) => {
  res.status(201).json(view(await wallets.deposit(req.params.id, req.body.amount)));
}));
app.post('/transfers', handle(async (req, res) => {
  const { from, to } = await wallets.transfer(req.body.from, req.body.to, req.body.amount);
  res.status(201).json({ from: view(from), to: view(to) });
}));
app.get('/stats', (req, res) => res.json({ ...wallets.stats(), formatters: money.cachedFormatters() }));

app.use((err, req, res, next) => {
  res.status(err.status || 500).json({ error: err.message, type: err.constructor.name });
});

app.listen(process.env.PORT || 3000);
