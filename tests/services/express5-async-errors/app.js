// Express 5: what an async handler or middleware throws, or a promise it returns rejects
// with, goes to next(err) (Express 4 leaves it unhandled), to the error handlers.
const express = require('express');

const app = express();
const orders = new Map([['1', { id: '1', item: 'tea', qty: 2 }]]);

class NotFound extends Error {
  constructor(what) {
    super(`${what} not found`);
    this.status = 404;
  }
}

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function loadOrder(id) {
  await wait(1);
  const order = orders.get(id);
  if (!order) throw new NotFound(`order ${id}`);
  return order;
}

// an async middleware that rejects for a missing token
app.use('/admin', async (req, res, next) => {
  await wait(1);
  if (req.get('x-token') !== 'secret') {
    const err = new Error('bad token');
    err.status = 401;
    throw err;
  }
  next();
});

app.get('/admin/stats', async (req, res) => {
  res.json({ orders: orders.size });
});

app.get('/orders/:id', async (req, res) => {
  const order = await loadOrder(req.params.id);
  res.json(order);
});

app.post('/orders/:id', express.json(), async (req, res) => {
  if (typeof req.body.qty !== 'number') throw new TypeError('qty must be a number');
  const order = await loadOrder(req.params.id);
  order.qty = req.body.qty;
  res.json(order);
});

// a handler that returns a rejected promise without async
app.get('/legacy', (req, res) => Promise.reject(new RangeError('legacy failure')));

// rejected with nothing: Express 5 makes it an Error('Rejected promise')
app.get('/nothing', async () => { throw undefined; });

// the default error page (status from err.status, or 500)
app.get('/default/:id', async (req, res) => {
  res.json(await loadOrder(req.params.id));
});

// an async error handler that itself throws goes to the next error handler
app.use('/chain', async (req, res) => { throw new Error('first'); });
app.use('/chain', async (err, req, res, next) => { throw new Error(`wrapped ${err.message}`); });

app.use(async (err, req, res, next) => {
  if (req.path.startsWith('/default')) return next(err);
  await wait(1);
  res.status(err.status || 500).json({ error: err.message, kind: err.constructor.name });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
