// Accounts as domain events: commands in one module emit on a shared bus, projections registered in a
// loop in another module build the read model (balances, owners, counts by a wildcard listener, a `once`
// badge, a `prependListener` stamp), a statement projection switched off with `off` and rebuilt from the
// journal, and a handler awaiting `events.once(bus, 'MoneyDeposited')` for a deposit a later request makes.
import express from 'express';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { bus, journal } from './src/bus.js';
import * as accounts from './src/accounts.js';
import * as read from './src/projections.js';

const app = express();
app.use(express.json());

const run = (command) => (req, res) => {
  try {
    res.status(201).json(command(req));
  } catch (err) {
    res.status(err.code === 'FUNDS' ? 422 : 409).json({ code: err.code, message: err.message });
  }
};

app.post('/accounts', run((req) => accounts.open(req.body.id, req.body.owner)));
app.post('/accounts/:id/deposits', run((req) => accounts.deposit(req.params.id, req.body.amount)));
app.post('/accounts/:id/withdrawals', run((req) => accounts.withdraw(req.params.id, req.body.amount)));

app.get('/accounts/:id/next-deposit', async (req, res) => {
  const waiting = bus.listenerCount('MoneyDeposited');
  const [event] = await once(bus, 'MoneyDeposited');
  res.json({ waiting, event, balance: read.balances.get(event.id), after: bus.listenerCount('MoneyDeposited') });
});

app.post('/projections/statements/pause', (req, res) => res.json({ on: read.pauseStatements() }));
app.post('/projections/statements/resume', (req, res) => res.json({ replayed: read.resumeStatements(), on: read.statementsOn() }));

app.get('/read-model', (req, res) => {
  res.json({
    balances: Object.fromEntries(read.balances),
    owners: read.owners,
    counts: read.counts,
    badges: read.badges,
    seen: read.seen,
    statements: Object.fromEntries(read.statements),
    journal: journal.length,
    listeners: Object.fromEntries(bus.eventNames().map((e) => [e, bus.listenerCount(e)])),
  });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
