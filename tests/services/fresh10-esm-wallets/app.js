// Wallets as ES modules: a class with a static private Map of instances, a static factory and a
// static transfer changing two instances, Object.assign(this, ...) in the constructor and in an
// update, a lazily cached getter (??=); settings in a module `let` replaced by spreads through
// setState and a default-exported object literal whose method writes `this`; a response cache
// middleware factory whose default parameter is a module Map and whose stats live on the function.
import express from 'express';
import { fileURLToPath } from 'node:url';
import { Wallet } from './domain/Wallet.js';
import audit, { getState, setState } from './state/settings.js';
import { cacheResponses } from './middleware/cache.js';

const cache = cacheResponses();
const app = express();
app.use(express.json());
app.use(cache);

app.post('/wallets', (req, res) => {
  const wallet = Wallet.open(req.body.owner, Number(req.body.opening ?? 0));
  res.status(201).json({ owner: wallet.owner, balance: wallet.balance, summary: wallet.summary });
});

app.post('/transfers', (req, res) => {
  const { from, to, amount } = req.body;
  const { fee, frozen } = getState();
  if (frozen.includes(from)) return res.status(423).json({ error: `${from} is frozen` });
  const [a, b] = Wallet.transfer(from, to, Number(amount) + fee);
  res.json({ [a.owner]: a.balance, [b.owner]: b.balance });
});

app.get('/wallets/:owner', (req, res) => {
  const w = Wallet.of(req.params.owner);
  w ? res.json({ ...w, summary: w.summary }) : res.status(404).json({ error: 'no wallet' });
});

app.patch('/wallets/:owner', (req, res) => {
  const w = Wallet.of(req.params.owner);
  res.json(w.update(req.body));
});

app.put('/settings', (req, res) => {
  for (const key of Object.keys(req.body)) audit.record(key);
  res.json({ settings: setState(req.body), changes: audit.changes, last: audit.last });
});

app.get('/settings', (req, res) => res.json({ ...getState(), cache: cache.stats }));

// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => res.status(err.status ?? 500).json({ error: err.name, message: err.message }));

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
