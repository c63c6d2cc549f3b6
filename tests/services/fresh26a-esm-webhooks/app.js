// A webhook receiver as payment-provider docs show it: the raw body (express.raw) checked against an HMAC
// signature header with timingSafeEqual before parsing, events applied once (ids remembered) to subscriptions
// moved through a state table; an internal route reads its JSON body with node:stream/consumers.
import express from 'express';
import { json } from 'node:stream/consumers';
import { fileURLToPath } from 'node:url';
import { verify } from './src/signature.js';
import * as billing from './src/billing.js';

const app = express();

app.post('/webhooks/billing', express.raw({ type: 'application/json' }), (req, res) => {
  const payload = req.body.toString('utf8');
  const check = verify(req.get('x-signature'), payload);
  if (!check.ok) return res.status(400).json({ error: check.reason });
  const event = JSON.parse(payload);
  res.json({ received: event.id, ...billing.apply(event, check.timestamp) });
});

// events replayed by an operator, trusted (no signature), body read by hand
app.post('/internal/replay', async (req, res) => {
  const events = await json(req);
  const results = [];
  for (const event of events) {
    try {
      results.push({ id: event.id, ...billing.apply(event, billing.lastTimestamp) });
    } catch (err) {
      results.push({ id: event.id, error: err.message });
    }
  }
  res.json(results);
});

app.get('/subscriptions/:id', (req, res) => {
  const sub = billing.subscriptions.get(req.params.id);
  sub ? res.json(sub) : res.status(404).json({ error: 'unknown subscription' });
});

app.get('/log', (req, res) => res.json({ processed: billing.processed.size, last: billing.lastTimestamp, log: billing.log }));

app.use((err, req, res, next) => {
  res.status(err.status ?? (err instanceof SyntaxError ? 400 : 500)).json({ error: err.expose === false ? 'internal' : err.message });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
