import express from 'express';
import { config } from './config/index.js';
import { markReady } from './health/state.js';
import { maintenanceGate, requireAdmin } from './middleware/maintenance.js';
import { healthRouter } from './routes/health.js';
import { quotesRouter } from './routes/quotes.js';
import { adminRouter } from './routes/admin.js';

const app = express();
app.use(express.json());

const gate = maintenanceGate({ allow: ['/admin', '/livez', '/readyz'], message: config.features.maintenanceMessage });

app.use(healthRouter);
app.use(gate);
app.use('/admin', requireAdmin(config.features.adminToken), adminRouter({ gate }));
app.use('/quotes', quotesRouter);

app.get('/config', (req, res) => {
  // a frozen object: this assignment is silently ignored (sloppy) or throws (ESM is strict)
  try {
    config.pageSize = 99;
  } catch (err) {
    return res.json({ frozen: Object.isFrozen(config), error: err.constructor.name, pageSize: config.pageSize });
  }
  res.json({ frozen: false });
});

app.use((err, req, res, next) => res.status(err.status ?? 500).json({ error: err.message }));

app.listen(config.port, () => {
  markReady();
});
