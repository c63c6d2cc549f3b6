// An inventory with reservations that lapse: each hold sets a timer that gives its units back unless
// confirmed (after an awaited fake payment) or released first; an emitter feeds an audit log per customer.
import express from 'express';
import { fileURLToPath } from 'node:url';
import items from './routes/items.js';
import holds from './routes/holds.js';
import { events, perCustomer } from './lib/audit.js';

const app = express();
app.use(express.json());
app.use('/items', items);
app.use('/holds', holds);
app.get('/audit', (req, res) => res.json({ events, perCustomer }));

app.use((err, req, res, next) => {
  res.status(err.status ?? 500).json({ error: err.status ? err.message : 'internal error' });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
