// Request ids and correlation ids kept in an AsyncLocalStorage by a middleware, read across awaits by a logger
// module that buffers its lines in memory (a ring with a child logger per request), an outbound "HTTP client"
// that stamps the correlation id on what it records, and a finish listener logging the status and the route.
import express from 'express';
import { requestContext } from './middleware/requestContext.js';
import { accessLog } from './middleware/accessLog.js';
import ordersRouter from './routes/orders.js';
import { logger } from './lib/logger.js';
import { outbound } from './services/httpClient.js';

const app = express();
app.use(express.json());
app.use(requestContext({ header: 'x-request-id', prefix: 'req' }));
app.use(accessLog(logger));

app.use('/orders', ordersRouter);

app.get('/logs', (req, res) => {
  const { rid, level } = req.query;
  res.json(logger.lines({ rid, level }));
});
app.get('/outbound', (req, res) => res.json(outbound));

app.use((err, req, res, next) => {
  logger.error('unhandled', { error: err.message });
  res.status(err.status ?? 500).json({ error: err.message, requestId: req.id });
});

export default app;
