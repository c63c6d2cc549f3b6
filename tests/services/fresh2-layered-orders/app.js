// An order API in layers, each in its own module: an in-memory db singleton
// (module.exports = new InMemoryDb(), private fields), repositories over it,
// an OrderService made by a static factory with a private async method,
// controllers wrapped by an asyncHandler, an express.Router per resource with
// router.param loading the order, and an HttpError class with static factories.
const express = require('express');
const ordersRouter = require('./routes/orders');
const productsRouter = require('./routes/products');
const db = require('./lib/db');

const app = express();
app.use(express.json());

app.use('/api/orders', ordersRouter);
app.use('/api/products', productsRouter);
app.get('/api/health', (req, res) => res.json({ ok: true, tables: db.stats }));

app.use((req, res) => res.status(404).json({ error: `no route for ${req.method} ${req.path}` }));

// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => {
  const status = err.status ?? 500;
  res.status(status).json({ error: err.message, ...(err.details && { details: err.details }) });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
