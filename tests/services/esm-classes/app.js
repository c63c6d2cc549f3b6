// ES modules with classes: private fields, methods and static private state,
// a subclass with its own private field in another module, `#x in o`, Error cause.
// The accounts live in module state and move between nodes with their private fields.
import express from 'express';
import { fileURLToPath } from 'url';
import { Account, openedCount } from './models/account.js';
import Savings from './models/savings.js';

const app = express();
app.use(express.json());
const accounts = new Map();

app.post('/accounts/:owner', (req, res) => {
  const kind = req.query.kind ?? 'plain';
  const account = kind === 'savings' ? new Savings(req.params.owner, Number(req.query.rate ?? 0.5)) : new Account(req.params.owner);
  accounts.set(req.params.owner, account);
  res.status(201).json({ id: account.id, owner: account.owner, kind });
});

app.post('/accounts/:owner/:op', (req, res) => {
  const account = accounts.get(req.params.owner);
  if (!account) return res.status(404).json({ error: 'no such account' });
  try {
    if (req.params.op === 'interest') account.addInterest?.();
    else account[req.params.op]?.(Number(req.body?.amount));
    res.json({ balance: account.balance, history: account.history() });
  } catch (err) {
    res.status(400).json({ error: err.message, cause: err.cause ?? null });
  }
});

app.get('/accounts/:owner', (req, res) => {
  const account = accounts.get(req.params.owner);
  res.json({
    balance: account?.balance ?? null,
    isAccount: Account.isAccount(account ?? {}),
    describe: account?.describe?.() ?? 'plain account',
    opened: openedCount(),
  });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
