// An order pipeline of async steps (validate -> price -> reserve -> confirm),
// each awaiting a fake I/O delay; a step error is a PipelineError naming the step;
// async route handlers use try/catch and next(err); stage counters are module state.
const express = require('express');

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const stageCounts = { validate: 0, price: 0, reserve: 0, confirm: 0 };
const prices = { tea: 3, cake: 5, pie: 7 };
const stock = { tea: 5, cake: 1, pie: 0 };
const confirmed = [];

class PipelineError extends Error {
  constructor(step, message) {
    super(message);
    this.step = step;
  }
}

async function step(name, fn, input) {
  stageCounts[name]++;
  await wait(1);
  try {
    return await fn(input);
  } catch (err) {
    throw new PipelineError(name, err.message);
  }
}

const validate = async (order) => {
  if (!Array.isArray(order.items) || order.items.length === 0) throw new Error('no items');
  return order;
};
const price = async (order) => ({
  ...order,
  total: order.items.reduce((sum, { sku, qty }) => sum + (prices[sku] ?? NaN) * qty, 0),
});
const reserve = async (order) => {
  for (const { sku, qty } of order.items) if ((stock[sku] ?? 0) < qty) throw new Error(`out of ${sku}`);
  for (const { sku, qty } of order.items) stock[sku] -= qty;
  return order;
};
const confirm = async (order) => {
  const record = { n: confirmed.length + 1, total: order.total };
  confirmed.push(record);
  return record;
};

async function runPipeline(order) {
  let value = order;
  for (const [name, fn] of Object.entries({ validate, price, reserve, confirm })) {
    value = await step(name, fn, value);
  }
  return value;
}

const app = express();
app.use(express.json());

app.post('/orders', async (req, res, next) => {
  try {
    res.status(201).json(await runPipeline(req.body));
  } catch (err) {
    next(err);
  }
});

app.get('/status', (req, res) => res.json({ stageCounts, stock, confirmed }));

app.use((err, req, res, next) => {
  if (err instanceof PipelineError) return res.status(422).json({ step: err.step, error: err.message });
  next(err);
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
