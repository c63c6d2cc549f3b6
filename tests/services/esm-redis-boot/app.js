// An ES module that connects node-redis 4 and reads and writes Redis with top-level awaits
// before it defines its routes (a boot counter, seeded settings, a parallel pair of INCRs).
import express from 'express';
import { createClient } from 'redis';
import { fileURLToPath } from 'node:url';

const client = createClient({ url: process.env.REDIS_URL });
client.on('error', (err) => console.error('redis', err));
await client.connect();

await client.setNX('esm-redis-boot:settings:theme', 'light');
const boots = await client.incr('esm-redis-boot:boots');
const theme = await client.get('esm-redis-boot:settings:theme');
const [first, second] = await Promise.all([client.incr('esm-redis-boot:pair'), client.incr('esm-redis-boot:pair')]);
const seededAt = boots === 1 ? 'first boot' : `boot ${boots}`;

const app = express();
app.use(express.json());

app.get('/boot', async (req, res) => {
  res.json({ boots, theme, first, second, seededAt, pair: Number(await client.get('esm-redis-boot:pair')) });
});

app.put('/theme', async (req, res) => {
  await client.set('esm-redis-boot:settings:theme', req.body.theme);
  res.json({ theme: await client.get('esm-redis-boot:settings:theme'), bootTheme: theme });
});

app.post('/items', async (req, res) => {
  const id = await client.incr('esm-redis-boot:next');
  await client.hSet(`esm-redis-boot:item:${id}`, { name: req.body.name ?? 'anon' });
  res.status(201).json({ id });
});

app.get('/items/:id', async (req, res) => {
  const item = await client.hGetAll(`esm-redis-boot:item:${req.params.id}`);
  if (!Object.keys(item).length) return res.status(404).json({ error: 'not found' });
  res.json(item);
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
