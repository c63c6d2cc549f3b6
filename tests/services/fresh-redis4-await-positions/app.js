// Awaits of node-redis 4 replies in every expression position: a conditional
// expression, `&&` / `||` / `??` operands, template literals, object and array
// literals, call arguments, `await (await x).y()`, `+=` of an awaited value, awaits
// in loop bodies and loop tests, in catch and in finally. A module log records the order in which
// the steps of each request ran, as Node.js evaluates them.
const express = require('express');
const { createClient } = require('redis');

const P = 'fresh-redis4-await-positions:';
const client = createClient({ url: process.env.REDIS_URL });
client.connect();

const order = [];
let requests = 0;

const note = (what, value) => {
  order.push(what);
  return value;
};
const ready = Promise.resolve({ client, key: (k) => P + k });

const app = express();
app.use(express.json());

app.post('/stock/:item', async (req, res) => {
  requests++;
  const qty = Number(req.body.qty ?? 1);
  const total = req.body.reset
    ? await client.set(`${P}stock:${req.params.item}`, String(qty)).then(() => qty)
    : await client.incrBy(`${P}stock:${req.params.item}`, qty);
  res.status(201).json({ item: req.params.item, total, label: `${req.params.item}=${await client.get(`${P}stock:${req.params.item}`)}` });
});

app.get('/stock/:item', async (req, res) => {
  requests++;
  const cached = req.query.fresh !== '1' && await client.get(`${P}stock:${req.params.item}`);
  const fallback = cached || await client.get(`${P}default`) || 'none';
  const named = (await client.get(`${P}name:${req.params.item}`)) ?? await client.get(`${P}default`) ?? req.params.item;
  res.json({ cached, fallback, named });
});

app.put('/names/:item', async (req, res) => {
  requests++;
  order.length = 0;
  const reply = await client.set(note('set', `${P}name:${req.params.item}`), note('value', req.body.name));
  res.json({
    reply,
    [note('key', 'name')]: await (await ready).client.get(`${P}name:${req.params.item}`),
    list: [note('first', 1), await client.exists(`${P}name:${req.params.item}`), note('last', 3)],
    order: [...order],
  });
});

app.post('/default', async (req, res) => {
  requests++;
  res.json({ set: await client.set(`${P}default`, req.body.value), now: await client.get(`${P}default`) });
});

app.get('/sum', async (req, res) => {
  requests++;
  let total = 0;
  const seen = [];
  for (const item of await client.keys(`${P}stock:*`)) {
    total += Number(await client.get(item));
    seen.push(item.slice(P.length + 'stock:'.length));
  }
  seen.sort();
  res.json({ total, seen, count: seen.length });
});

app.post('/transfer', async (req, res) => {
  requests++;
  const { from, to, qty } = req.body;
  const steps = [];
  try {
    const left = await client.decrBy(`${P}stock:${from}`, qty);
    if (left < 0) throw new Error(`only ${left + qty} ${from} left`);
    steps.push(`moved ${await client.incrBy(`${P}stock:${to}`, qty)}`);
  } catch (err) {
    steps.push(`undo ${await client.incrBy(`${P}stock:${from}`, qty)}`, err.message);
  } finally {
    steps.push(`audit ${await client.incr(`${P}transfers`)}`);
  }
  res.json({ steps, ok: steps.length === 2 });
});

app.get('/report', async (req, res) => {
  requests++;
  const lines = await Promise.all(['apple', 'pear'].map(async (item) => `${item}: ${(await client.get(`${P}stock:${item}`)) ?? 0}`));
  res.type('text').send(`${lines.join('\n')}\ntransfers ${await client.get(`${P}transfers`) ?? 0}\nrequests ${requests}\n`);
});

app.post('/queue', async (req, res) => {
  requests++;
  res.json({ length: await client.rPush(`${P}queue`, req.body.items) });
});

app.post('/drain', async (req, res) => {
  requests++;
  const out = [];
  let item;
  while ((item = await client.lPop(`${P}queue`)) !== null) {
    if (item === 'skip') continue;
    out.push(item);
    if (out.length === Number(req.query.max ?? 10)) break;
  }
  for (let i = 0; i < 5 && (await client.exists(`${P}stock:${['apple', 'pear', 'plum'][i]}`)); i++) out.push(i);
  res.json({ out, left: await client.lLen(`${P}queue`) });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
