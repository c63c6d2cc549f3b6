// Inventory with plain helper functions that write module state: stock levels in
// an object, reservations in an array, a counter of adjustments; handlers only
// call the helpers. Reservations expire by an explicit sweep route.
const express = require('express');

const stock = { widget: 10, gadget: 2, doohickey: 0 };
const reservations = [];
let adjustments = 0;
let reservationSeq = 0;

function adjust(sku, delta) {
  if (!(sku in stock)) throw new Error(`unknown sku: ${sku}`);
  if (stock[sku] + delta < 0) return false;
  stock[sku] += delta;
  adjustments++;
  return true;
}

function reserve(sku, qty, customer) {
  if (!adjust(sku, -qty)) return null;
  const r = { id: ++reservationSeq, sku, qty, customer, age: 0 };
  reservations.push(r);
  return r;
}

function release(id) {
  const i = reservations.findIndex((r) => r.id === id);
  if (i === -1) return null;
  const [r] = reservations.splice(i, 1);
  adjust(r.sku, r.qty);
  return r;
}

function sweep(maxAge) {
  reservations.forEach((r) => { r.age += 1; });
  const expired = reservations.filter((r) => r.age > maxAge).map((r) => r.id);
  expired.forEach(release);
  return expired;
}

const app = express();
app.use(express.json());

app.post('/reserve', (req, res) => {
  try {
    const r = reserve(req.body.sku, req.body.qty ?? 1, req.body.customer);
    if (!r) return res.status(409).json({ error: 'not enough stock', left: stock[req.body.sku] });
    res.status(201).json(r);
  } catch (err) {
    res.status(400).json({ error: err.message });
  }
});

app.delete('/reserve/:id', (req, res) => {
  const r = release(Number(req.params.id));
  r ? res.json({ released: r.id, stock: stock[r.sku] }) : res.sendStatus(404);
});

app.post('/restock/:sku/:qty', (req, res) => {
  try {
    adjust(req.params.sku, Number(req.params.qty));
    res.json({ [req.params.sku]: stock[req.params.sku] });
  } catch (err) {
    res.status(400).json({ error: err.message });
  }
});

app.post('/sweep', (req, res) => res.json({ expired: sweep(1) }));

app.get('/inventory', (req, res) => {
  res.json({ stock, held: reservations.map(({ id, sku, qty }) => `${id}:${sku}x${qty}`), adjustments });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
