// Event-sourced accounts: an aggregate rebuilt from its stream on every request applies events
// through handlers found by a computed name (this[`on${event.type}`].call(this, e)), keeps its pending
// events and version in a WeakMap reached through a createPrivates() helper; the event store (a
// module object's methods) runs projections registered in main, whose own objects keep a balance
// table and a daily report. Optimistic concurrency answers 409 on a stale expected version.
import express from 'express';
import { fileURLToPath } from 'node:url';
import { Account } from './domain/account.js';
import { eventStore } from './lib/eventstore.js';

const app = express();
app.use(express.json());

const balances = eventStore.project({
  table: {},
  handle(e) {
    if (e.type === 'Opened') this.table[e.streamId] = 0;
    if (e.type === 'Deposited') this.table[e.streamId] += e.amount;
    if (e.type === 'Withdrawn') this.table[e.streamId] -= e.amount;
  },
});

class Tally {
  counts = {};
  handle(e) { this.counts[e.type] = (this.counts[e.type] ?? 0) + 1; }
}
const tally = eventStore.project(new Tally());

function save(account, expected) {
  return eventStore.append(account.id, account.takePending(), expected);
}

app.post('/accounts/:id', (req, res) => {
  const account = new Account(req.params.id);
  account.raise('Opened', { owner: req.body.owner });
  res.status(201).json({ version: save(account, 0) });
});

app.post('/accounts/:id/:op(deposit|withdraw)', (req, res, next) => {
  try {
    const account = new Account(req.params.id).load(eventStore.read(req.params.id));
    if (account.version === 0) return res.status(404).json({ error: 'no such account' });
    account[req.params.op](req.body.amount);
    const expected = req.body.expectedVersion ?? account.version;
    res.json({ balance: account.balance, frozen: account.frozen, version: save(account, expected) });
  } catch (err) {
    next(err);
  }
});

app.get('/accounts/:id', (req, res) => {
  const account = new Account(req.params.id).load(eventStore.read(req.params.id));
  res.json({ owner: account.owner, balance: account.balance, frozen: account.frozen, version: account.version });
});

app.get('/projections', (req, res) => res.json({ balances: balances.table, tally: tally.counts }));

app.use((err, req, res, next) => res.status(err.status || 500).json({ error: err.message }));

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
