import express from 'express';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from './config.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const config = await loadConfig(here);
const plugins = new Map();
for (const file of (await readdir(path.join(here, 'plugins'))).sort()) {
  const mod = await import(`./plugins/${file}`);
  plugins.set(mod.name, mod);
}
const items = [];

const app = express();
app.use(express.json());

app.get('/config', (req, res) => res.json({ ...config, plugins: [...plugins.keys()] }));

app.post('/items', (req, res) => {
  if (items.length >= config.limits.items) return res.status(507).json({ error: 'full' });
  const plugin = plugins.get(req.query.via);
  const text = plugin ? plugin.default(req.body.text) : req.body.text;
  items.push(text);
  res.status(201).json({ text, count: items.length });
});

app.get('/items', async (req, res) => {
  const reverse = plugins.get('reverse');
  res.json({ greeting: config.greeting, items, reverseUses: reverse.stats().uses });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
