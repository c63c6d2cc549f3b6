// Orders on node-redis 4: products in hashes, stock taken in a MULTI/EXEC with the order
// stored as a JSON string under an EXPIRE, orders ranked by total in a sorted set; a
// restock guarded by a `SET NX PX` lock whose token is kept in process; in process too,
// totals per customer, the last orders placed and a count of refusals.
const express = require('express');
const crypto = require('node:crypto');
const { client, key } = require('./redis');

const ORDER_TTL = 3600;
const customerTotals = new Map();
const recent = [];
let refused = 0;
const heldLocks = new Map();

const app = express();
app.use(express.json());

const asyncRoute = (fn) => (req, res, next) => Promise.resolve(fn(req, res, next)).catch(next);

app.post('/products', asyncRoute(async (req, res) => {
  const { sku, name, price, stock = 0 } = req.body;
  const added = await client.sAdd(key('skus'), sku);
  if (!added) return res.status(409).json({ error: `${sku} exists` });
  await client.hSet(key('product', sku), { name, price: String(price), stock: String(stock) });
  res.status(201).json({ sku, name, price, stock });
}));

app.get('/products/:sku', asyncRoute(async (req, res) => {
  const p = await client.hGetAll(key('product', req.params.sku));
  if (!Object.keys(p).length) return res.status(404).json({ error: 'no such product' });
  res.json({ sku: req.params.sku, name: p.name, price: Number(p.price), stock: Number(p.stock) });
}));

app.post('/orders', asyncRoute(async (req, res) => {
  const { customer, items } = req.body;
  const stocks = await Promise.all(items.map(({ sku }) => client.hmGet(key('product', sku), ['price', 'stock'])));
  const short = items.filter((item, i) => stocks[i][1] === null || Number(stocks[i][1]) < item.qty);
  if (short.length) {
    refused += 1;
    return res.status(409).json({ error: 'insufficient stock', skus: short.map((i) => i.sku) });
  }
  const total = items.reduce((sum, item, i) => sum + Number(stocks[i][0]) * item.qty, 0);
  const id = `o${await client.incr(key('order-seq'))}`;
  const order = { id, customer, items, total, status: 'placed' };
  const tx = client.multi();
  for (const { sku, qty } of items) tx.hIncrBy(key('product', sku), 'stock', -qty);
  tx.set(key('order', id), JSON.stringify(order), { EX: ORDER_TTL });
  tx.zAdd(key('orders-by-total'), { score: total, value: id });
  const replies = await tx.exec();
  customerTotals.set(customer, (customerTotals.get(customer) ?? 0) + total);
  recent.unshift(id);
  recent.length = Math.min(recent.length, 3);
  res.status(201).json({ ...order, stockLeft: replies.slice(0, items.length) });
}));

app.get('/orders/:id', asyncRoute(async (req, res) => {
  const [raw, ttl] = await Promise.all([client.get(key('order', req.params.id)), client.ttl(key('order', req.params.id))]);
  if (raw === null) return res.status(404).json({ error: 'no such order' });
  res.json({ ...JSON.parse(raw), expiresSoon: ttl < 600, ttlInRange: ttl > 0 && ttl <= ORDER_TTL });
}));

app.post('/orders/:id/cancel', asyncRoute(async (req, res) => {
  const raw = await client.get(key('order', req.params.id));
  if (!raw) return res.status(404).json({ error: 'no such order' });
  const order = JSON.parse(raw);
  if (order.status === 'cancelled') return res.status(409).json({ error: 'already cancelled' });
  order.status = 'cancelled';
  const tx = client.multi();
  for (const { sku, qty } of order.items) tx.hIncrBy(key('product', sku), 'stock', qty);
  tx.set(key('order', order.id), JSON.stringify(order), { KEEPTTL: true });
  tx.zRem(key('orders-by-total'), order.id);
  tx.expire(key('order', order.id), 300);
  await tx.exec();
  customerTotals.set(order.customer, customerTotals.get(order.customer) - order.total);
  res.json(order);
}));

app.post('/locks/:name', asyncRoute(async (req, res) => {
  const token = crypto.createHash('sha1').update(`${req.params.name}:${heldLocks.size}`).digest('hex').slice(0, 12);
  const ok = await client.set(key('lock', req.params.name), token, { NX: true, PX: 30000 });
  if (ok !== 'OK') return res.status(423).json({ error: 'locked' });
  heldLocks.set(req.params.name, token);
  res.status(201).json({ locked: req.params.name, token });
}));

app.delete('/locks/:name', asyncRoute(async (req, res) => {
  const token = heldLocks.get(req.params.name);
  const current = await client.get(key('lock', req.params.name));
  if (!token || current !== token) return res.status(409).json({ error: 'not our lock', held: current !== null });
  await client.del(key('lock', req.params.name));
  heldLocks.delete(req.params.name);
  res.json({ released: req.params.name });
}));

app.post('/products/:sku/restock', asyncRoute(async (req, res) => {
  const lockKey = key('lock', 'restock');
  const token = `restock-${req.params.sku}`;
  const got = await client.set(lockKey, token, { NX: true, PX: 5000 });
  if (!got) return res.status(423).json({ error: 'restock locked', holder: await client.get(lockKey) });
  try {
    const stock = await client.hIncrBy(key('product', req.params.sku), 'stock', req.body.qty);
    const ttl = await client.pTTL(lockKey);
    res.json({ sku: req.params.sku, stock, lockTtlOk: ttl > 0 && ttl <= 5000 });
  } finally {
    if ((await client.get(lockKey)) === token) await client.del(lockKey);
  }
}));

app.get('/stats', asyncRoute(async (req, res) => {
  const ranked = await client.zRangeWithScores(key('orders-by-total'), 0, -1, { REV: true });
  res.json({
    customers: Object.fromEntries([...customerTotals].sort()),
    recent,
    refused,
    locks: [...heldLocks.keys()],
    ranked: ranked.map(({ value, score }) => `${value}:${score}`),
  });
}));

app.use((err, req, res, next) => {
  console.error(err);
  res.status(500).json({ error: err.message });
});

module.exports = app;
