// Event-sourced accounts as ES modules: events appended through a singleton
// EventStore (private fields and methods, a static block, `#events in obj`),
// state rebuilt by a reducer from the latest snapshot, time travel to a
// version, a totals projection, and a seed loaded with top-level await.
import express from 'express';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { store, EventStore } from './lib/event-store.js';
import { account, totals } from './lib/accounts.js';

store.register('acc', account);
const seed = JSON.parse(await readFile(new URL('./data/seed.json', import.meta.url), 'utf8'));
for (const { stream, type, data } of seed) store.append(stream, type, data);

let nextAccount = Number(store.all().at(-1)?.stream.split('-')[1] ?? 0) + 1;
const settings = { minBalance: 0 };

const app = express();
app.use(express.json());

function loadOpen(req, res) {
  const id = req.params.id;
  if (store.versionOf(id) === 0) {
    res.status(404).json({ error: `no account ${id}` });
    return null;
  }
  const state = store.load(id);
  if (state.closed) {
    res.status(410).json({ error: `${id} is closed` });
    return null;
  }
  return state;
}

app.post('/accounts', (req, res) => {
  const owner = req.body?.owner?.trim() || null;
  if (!owner) return res.status(400).json({ error: 'owner required' });
  const id = `acc-${nextAccount++}`;
  store.append(id, 'opened', { owner, currency: req.body.currency });
  res.status(201).json({ id, ...store.load(id) });
});

app.post('/accounts/:id/:kind(deposits|withdrawals)', (req, res, next) => {
  const state = loadOpen(req, res);
  if (!state) return;
  const amount = Number(req.body?.amount);
  if (!(amount > 0)) return res.status(400).json({ error: 'amount must be positive' });
  const withdrawing = req.params.kind === 'withdrawals';
  if (withdrawing && state.balance - amount < settings.minBalance) {
    return res.status(422).json({ error: 'insufficient funds', balance: state.balance });
  }
  try {
    const event = store.append(req.params.id, withdrawing ? 'withdrawn' : 'deposited', { amount }, {
      expectedVersion: req.body.expectedVersion,
    });
    res.status(201).json({ version: event.version, balance: store.load(req.params.id).balance, snapshot: store.snapshotInfo(req.params.id) });
  } catch (err) {
    next(err);
  }
});

app.post('/accounts/:id/tags', (req, res) => {
  const state = loadOpen(req, res);
  if (!state) return;
  const tag = req.body?.tag;
  if (state.tags.includes(tag)) return res.status(200).json({ tags: state.tags });
  store.append(req.params.id, 'tagged', { tag });
  res.status(201).json({ tags: store.load(req.params.id).tags });
});

app.post('/accounts/:id/close', (req, res) => {
  const state = loadOpen(req, res);
  if (!state) return;
  if (state.balance !== 0) return res.status(409).json({ error: 'balance must be zero', balance: state.balance });
  store.append(req.params.id, 'closed');
  res.json(store.load(req.params.id));
});

app.get('/accounts/:id', (req, res) => {
  if (store.versionOf(req.params.id) === 0) return res.status(404).json({ error: 'not found' });
  const at = req.query.at ? Number(req.query.at) : undefined;
  res.json(store.load(req.params.id, { upTo: at ?? Infinity }));
});

app.get('/accounts/:id/events', (req, res) => {
  const events = store.read(req.params.id, { from: Number(req.query.from ?? 1) });
  res.json(events.map(({ version, type, data }) => ({ version, type, ...data })));
});

app.put('/settings', (req, res) => {
  settings.minBalance ||= 0;
  if (Object.hasOwn(req.body ?? {}, 'minBalance')) settings.minBalance = Number(req.body.minBalance);
  res.json(settings);
});

app.get('/projections/totals', (req, res) => {
  res.json({
    position: store.position,
    isStore: EventStore.isStore(store),
    isPlain: EventStore.isStore({ ...store }),
    instances: EventStore.instances,
    totals: totals(store.all()),
  });
});

app.use((err, req, res, next) => {
  if (err.status) return res.status(err.status).json({ error: err.message });
  next(err);
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
