// Async code with the mistakes real services ship and still answer with:
// `forEach(async ...)` not awaited (the answer goes out before the work is
// done, a later request sees it), a fire-and-forget audit call whose failure
// is caught late, `res.json(promise)` (serialises as {}), a missing `return`
// after `next(err)` guarded by headersSent, await inside ternaries, template
// literals, object literals and call arguments.
const express = require('express');

const inventory = new Map([['pen', 10], ['ink', 2], ['pad', 5]]);
const audit = [];
let auditFailures = 0;

const tick = () => new Promise((resolve) => setImmediate(resolve));

async function reserve(sku, qty) {
  await tick();
  const left = inventory.get(sku) ?? 0;
  if (left < qty) throw new RangeError(`not enough ${sku}`);
  inventory.set(sku, left - qty);
  return left - qty;
}

async function writeAudit(line) {
  await null;
  if (line.includes('!')) throw new Error('audit rejected');
  audit.push(line);
}

const price = async (sku) => ({ pen: 2, ink: 7, pad: 4 })[sku] ?? 0;

const app = express();
app.use(express.json());

app.post('/bulk', (req, res) => {
  const lines = req.body.lines ?? [];
  const results = [];
  lines.forEach(async ({ sku, qty }) => {
    try {
      results.push(`${sku}:${await reserve(sku, qty)}`);
    } catch (err) {
      results.push(`${sku}:${err.message}`);
    }
  });
  res.status(202).json({ accepted: lines.length, resultsSoFar: results.length });
});

app.get('/stock', (req, res) => {
  res.json(Object.fromEntries(inventory));
});

app.post('/notes', (req, res) => {
  const text = String(req.body.text ?? '');
  writeAudit(text).catch(() => { auditFailures += 1; });
  res.status(201).json({ text, pending: true });
});

app.get('/audit', (req, res) => {
  res.json({ audit, auditFailures });
});

app.get('/oops', (req, res) => {
  res.json({ value: price('pen'), list: [price('ink')] });
});

app.get('/quote/:sku', async (req, res, next) => {
  const qty = Number(req.query.qty ?? 1);
  if (!inventory.has(req.params.sku)) {
    next(Object.assign(new Error(`unknown ${req.params.sku}`), { status: 404 }));
  }
  if (res.headersSent) return;
  const unit = await price(req.params.sku);
  res.type('text').send(
    `${qty} x ${req.params.sku} = ${unit * qty} (${(await price(req.params.sku)) > 5 ? 'pricey' : 'cheap'}, `
    + `${inventory.get(req.params.sku) >= qty ? 'in stock' : `only ${await Promise.resolve(inventory.get(req.params.sku))}`})`,
  );
});

app.get('/summary', async (req, res) => {
  const skus = [...inventory.keys()];
  res.json({
    skus,
    values: Object.fromEntries(await Promise.all(skus.map(async (s) => [s, inventory.get(s) * (await price(s))]))),
    cheapest: skus.length ? (await Promise.all(skus.map(price))).reduce((a, b) => Math.min(a, b)) : null,
    auditSize: audit.length,
  });
});

app.use((err, req, res, next) => {
  res.status(err.status ?? 500).type('text').send(err.message);
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
