const express = require('express');
const { setTimeout: sleep } = require('node:timers/promises');

const asyncHandler = (fn) => (req, res, next) => Promise.resolve(fn(req, res, next)).catch(next);

class HttpError extends Error {
  constructor(status, message, details) {
    super(message);
    this.status = status;
    this.details = details;
  }
}

const orders = [];
const errorLog = [];
const inventory = { apple: 5, pear: 1 };

async function reserve(item, qty) {
  await sleep(1);
  if (!(item in inventory)) throw new HttpError(404, `no ${item}`);
  if (inventory[item] < qty) throw new HttpError(409, 'not enough', { item, left: inventory[item] });
  inventory[item] -= qty;
}

const app = express();
app.use(express.json());

app.post('/orders', asyncHandler(async (req, res) => {
  const lines = req.body.lines ?? [];
  const done = [];
  for (const { item, qty } of lines) {
    await reserve(item, qty);
    done.push(item);
  }
  const order = { id: orders.length + 1, lines };
  orders.push(order);
  res.status(201).json(order);
}));

app.get('/inventory', (req, res) => res.json(inventory));
app.get('/errors', (req, res) => res.json(errorLog));

app.use((err, req, res, next) => {
  errorLog.push(`${err.status ?? 500}:${err.message}`);
  res.status(err.status ?? 500).json({ error: err.message, ...(err.details && { details: err.details }) });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
