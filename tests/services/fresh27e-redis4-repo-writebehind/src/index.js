const express = require('express');
const { createClient } = require('redis');
const { InventoryRepo } = require('./repo');

const client = createClient({ url: process.env.REDIS_URL });
client.on('error', (err) => console.error('redis error:', err.message));

const repo = new InventoryRepo(client, { prefix: 'fresh27e-redis4-repo-writebehind', flushAt: 3 });
const app = express();
app.use(express.json());

app.post('/items', async (req, res) => {
  const { sku, name } = req.body;
  if (!(await repo.create(sku, { name }))) return res.status(409).json({ error: 'exists' });
  res.status(201).json({ sku, name });
});

app.get('/items/:sku', async (req, res) => {
  const item = await repo.get(req.params.sku);
  return item ? res.json(item) : res.status(404).json({ error: 'not found' });
});

app.post('/items/:sku/moves', async (req, res) => {
  const result = await repo.move(req.params.sku, req.body.delta, req.body.reason ?? 'manual');
  res.status(202).json({ ...result, pending: repo.pending });
});

app.post('/flush', async (req, res) => res.json(await repo.flush()));

app.get('/items/:sku/log', async (req, res) => res.json(await repo.log(req.params.sku)));

app.delete('/cache', (req, res) => {
  const dropped = [...repo.cache.keys()];
  repo.cache.clear();
  res.json({ dropped });
});

async function shutdown() {
  await repo.flush();
  await client.quit();
  process.exit(0);
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);

(async () => {
  await client.connect();
  app.listen(Number(process.env.PORT) || 3000);
})();
