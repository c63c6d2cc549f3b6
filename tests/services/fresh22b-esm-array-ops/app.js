// Sensor readings in a fixed ring and an array-like event log, written by helpers of another module
// through borrowed built-ins: `Array.prototype.push.call/apply` on an object with a `length`,
// `Reflect.apply(Array.prototype.push, ...)`, `Reflect.set` and `Reflect.deleteProperty` on array
// slots, `copyWithin(...).fill(...)`, `splice`, a queue cleared by `pending.length = 0`, and
// `Object.groupBy`'s reduce fallback, ES modules throughout.
import express from 'express';
import { fileURLToPath } from 'node:url';
import { ring, cursor, events, pending, record, enqueue, drain, shiftLeft, clearPending, forget } from './lib/ring.js';

const app = express();
app.use(express.json());

const groupBy =
  Object.groupBy ??
  ((list, keyOf) =>
    list.reduce((acc, item) => {
      (acc[keyOf(item)] ??= []).push(item);
      return acc;
    }, Object.create(null)));

const view = () => ({
  ring: Array.from(ring, (v) => v ?? '-'),
  holes: ring.length - Object.keys(ring).length,
  cursor,
  events: Array.from(events),
  pending: [...pending],
});

app.post('/readings', (req, res) => {
  record(req.body.values);
  res.status(201).json(view());
});

app.post('/queue', (req, res) => {
  res.json({ length: enqueue(req.body.items) });
});

app.post('/queue/drain', (req, res) => {
  res.json({ taken: drain(req.body.n ?? 1), left: pending.length });
});

app.delete('/queue', (req, res) => {
  res.json({ dropped: clearPending() });
});

app.post('/ring/shift', (req, res) => {
  shiftLeft(req.body.k);
  res.json(view());
});

app.delete('/ring/:slot', (req, res) => {
  const [oldest] = forget(Number(req.params.slot));
  res.json({ removedEvent: oldest ?? null, ...view() });
});

app.get('/summary', (req, res) => {
  const filled = Array.prototype.filter.call(ring, (v) => v !== null);
  const bands = groupBy(filled, (v) => (v >= 20 ? 'warm' : 'cool'));
  res.json({
    bands: Object.fromEntries(Object.entries(bands).map(([k, v]) => [k, v.length])),
    max: Math.max(...filled),
    ...view(),
  });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
