// A metered API as ES modules: API keys with plans read from a frozen config module, a
// middleware factory `meter({ cost })` counting units per key in a Quota class (private
// fields, a static registry filled from the constructor, a static block), headers
// x-quota-*, an alerts module listening (node:events) to the usage emitter, an admin
// router upgrading plans and resetting quotas, and an export of structuredClone snapshots.
import express from 'express';
import { fileURLToPath } from 'node:url';
import { identify } from './src/middleware/identify.js';
import { meter } from './src/middleware/meter.js';
import api from './src/routes/api.js';
import admin from './src/routes/admin.js';

const app = express();
app.use(express.json());
app.use('/admin', admin);
app.use('/v1', identify, api);
app.get('/v1-batch', identify, meter({ cost: (req) => Number(req.query.n ?? 1) }), (req, res) => {
  res.json({ batch: Number(req.query.n ?? 1), key: req.apiKey });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
