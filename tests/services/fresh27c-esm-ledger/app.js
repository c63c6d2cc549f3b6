// An event-sourced ledger in an ES module: an EventStore class whose events are iterated by a generator
// (`*[Symbol.iterator]`, `*replay(untilSeq)`), balances projected by an EventEmitter listener and rebuilt by
// replay, batches validated with a labeled loop, a snapshot awaited with events.once after setImmediate, an
// ordering log written by process.nextTick / queueMicrotask / setImmediate after the answer, util.format and
// util.inspect for an audit line, a top-level await of the store's 'ready' event.
import express from 'express';
import { EventEmitter, once } from 'node:events';
import { format, inspect } from 'node:util';
import { fileURLToPath } from 'node:url';

class EventStore extends EventEmitter {
  #events = [];
  #seq = 0;

  append(type, data) {
    const event = Object.freeze({ seq: ++this.#seq, type, ...data });
    this.#events.push(event);
    this.emit('appended', event);
    return event;
  }

  get length() {
    return this.#events.length;
  }

  *[Symbol.iterator]() {
    yield* this.#events;
  }

  *replay(untilSeq = Infinity) {
    for (const event of this) {
      if (event.seq > untilSeq) return;
      yield event;
    }
  }
}

const store = new EventStore();
const balances = new Map();
const audit = [];
const order = [];
let snapshots = 0;

function apply(map, event) {
  switch (event.type) {
    case 'opened':
      map.set(event.account, 0);
      break;
    case 'deposited':
      map.set(event.account, map.get(event.account) + event.amount);
      break;
    case 'transferred':
      map.set(event.from, map.get(event.from) - event.amount);
      map.set(event.to, map.get(event.to) + event.amount);
      break;
  }
  return map;
}

store.on('appended', (event) => {
  apply(balances, event);
  audit.push(format('#%d %s %s', event.seq, event.type, inspect(event.amount ?? null)));
});

setImmediate(() => store.emit('ready', store.length));
const [readyLength] = await once(store, 'ready');

const app = express();
app.use(express.json());

app.post('/accounts', (req, res) => {
  const { account } = req.body;
  if (balances.has(account)) return res.status(409).json({ error: format('account %s exists', account) });
  res.status(201).json(store.append('opened', { account }));
});

app.post('/deposits', (req, res) => {
  const { account, amount } = req.body;
  if (!balances.has(account)) return res.status(404).json({ error: 'no such account' });
  res.status(201).json(store.append('deposited', { account, amount }));
});

app.post('/transfers', (req, res) => {
  const batch = Array.isArray(req.body) ? req.body : [req.body];
  const accepted = [];
  const rejected = [];
  const pending = new Map(balances);
  transfers: for (const [i, t] of batch.entries()) {
    for (const side of ['from', 'to']) {
      if (!pending.has(t[side])) {
        rejected.push({ i, reason: format('unknown %s account %o', side, t[side]) });
        continue transfers;
      }
    }
    if (!(t.amount > 0) || pending.get(t.from) < t.amount) {
      rejected.push({ i, reason: 'insufficient funds' });
      continue;
    }
    apply(pending, { type: 'transferred', ...t });
    accepted.push(t);
  }
  const events = accepted.map((t) => store.append('transferred', { from: t.from, to: t.to, amount: t.amount }));
  const last = events.at(-1)?.seq ?? null;
  setImmediate(() => order.push(`immediate:${last}`));
  queueMicrotask(() => order.push(`microtask:${last}`));
  process.nextTick(() => order.push(`tick:${last}`));
  order.push(`sync:${last}`);
  res.status(rejected.length && !accepted.length ? 422 : 201).json({ accepted: events.length, rejected });
});

app.get('/balances', (req, res) => {
  const at = req.query.at ? Number(req.query.at) : undefined;
  const map = at === undefined ? balances : [...store.replay(at)].reduce(apply, new Map());
  res.json(Object.fromEntries(map));
});

app.get('/events', (req, res) => {
  const account = req.query.account;
  const out = [];
  for (const e of store) if (!account || [e.account, e.from, e.to].includes(account)) out.push(e);
  res.json(out);
});

app.post('/snapshots', async (_req, res) => {
  setImmediate(() => store.emit('snapshot', { n: ++snapshots, seq: store.length, balances: Object.fromEntries(balances) }));
  const [snapshot] = await once(store, 'snapshot');
  res.status(201).json(snapshot);
});

app.get('/audit', (_req, res) => res.type('text/plain').send(audit.join('\n')));
app.get('/order', (_req, res) => res.json({ readyLength, order }));

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
