// Payments behind two middlewares that decorate responses: an API-key quota whose X-Quota-Remaining header is set
// by on-headers just before the headers go out and which is decremented in a 'finish' listener only when the
// status is < 400, and idempotency keys whose first response (status, chosen headers, body) is captured by
// wrapping res.status/res.json and replayed for a retry with the same body (422 for a different body, 409 while
// the first is still running).
import express from 'express';
import { createQuota } from './middleware/quota.js';
import { IdempotencyStore, idempotency } from './middleware/idempotency.js';
import { paymentsRouter } from './routes/payments.js';

export function buildApp({ quotaPerKey = 5 } = {}) {
  const app = express();
  const quota = createQuota({ limit: quotaPerKey, keyOf: (req) => req.get('x-api-key') });
  const store = new IdempotencyStore({ keepHeaders: ['location', 'x-payment-id'] });

  app.use(express.json());
  app.get('/admin/quota', (req, res) => res.json(quota.snapshot()));
  app.post('/admin/quota/:key/top-up', (req, res) => {
    quota.topUp(req.params.key, Number(req.body?.amount ?? 1));
    res.json(quota.snapshot().remaining);
  });
  app.get('/admin/idempotency', (req, res) => res.json(store.summary()));

  app.use('/v1', quota.middleware, idempotency(store), paymentsRouter());
  return { app, quota, store };
}
