// State changed by subscribe callbacks: a signals store (signals, computed values and an effect that
// re-renders into a log), a subscriber that records milestones and can be unsubscribed by a request,
// a subscriber added by a handler, and batch() deferring notifications until a whole update is done.
import express from 'express';
import { fileURLToPath } from 'node:url';
import { batch, stats } from './signals.js';
import { count, items, discount, subtotal, total, renders } from './store.js';

const milestones = [];
let unsubscribeMilestones = count.subscribe(() => {
  if (count.peek() % 5 === 0) milestones.push(count.peek());
});
const watchers = new Map();

const app = express();
app.use(express.json());

app.post('/count/inc', (req, res) => {
  count.value += Number(req.body.by ?? 1);
  res.json({ count: count.value, renders: renders.length });
});

app.post('/items', (req, res) => {
  const { name, price, qty = 1 } = req.body;
  items.value = [...items.value.filter((i) => i.name !== name), { name, price, qty }];
  res.status(201).json({ subtotal: subtotal.value, total: total.value });
});

app.delete('/items/:name', (req, res) => {
  const before = items.value.length;
  items.value = items.value.filter((i) => i.name !== req.params.name);
  res.status(items.value.length < before ? 200 : 404).json({ total: total.value });
});

app.post('/batch', (req, res) => {
  const rendersBefore = renders.length;
  batch(() => {
    count.value += 1;
    discount.value = Number(req.body.discount ?? 0);
    for (const item of req.body.items ?? []) items.value = [...items.value, item];
  });
  res.json({ renders: renders.length - rendersBefore, total: total.value, count: count.value });
});

app.post('/watch/:name', (req, res) => {
  if (watchers.has(req.params.name)) return res.status(409).json({ error: 'already watching' });
  const seen = [];
  const stop = total.value !== undefined ? discount.subscribe(() => seen.push(discount.peek())) : null;
  watchers.set(req.params.name, { seen, stop });
  res.status(201).json({ watching: [...watchers.keys()], subscribers: discount.subscriberCount });
});

app.get('/watch/:name', (req, res) => {
  const w = watchers.get(req.params.name);
  if (!w) return res.sendStatus(404);
  res.json(w.seen);
});

app.delete('/milestones', (req, res) => {
  const had = unsubscribeMilestones !== null;
  if (had) unsubscribeMilestones();
  unsubscribeMilestones = null;
  res.json({ unsubscribed: had, subscribers: count.subscriberCount });
});

app.get('/state', (req, res) => {
  res.json({
    count: count.peek(),
    items: items.peek(),
    total: total.value,
    milestones,
    renders,
    stats,
  });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
