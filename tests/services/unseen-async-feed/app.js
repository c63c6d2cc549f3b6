import express from 'express';
import { fileURLToPath } from 'node:url';
import { publish, pages, TagCloud } from './feed.mjs';

const cloud = new TagCloud();
const app = express();
app.use(express.json());

app.post('/items', (req, res) => {
  const { text, tags = [] } = req.body ?? {};
  if (typeof text !== 'string' || !text.trim()) return res.status(400).json({ error: 'text required' });
  const item = publish(text.trim(), tags);
  cloud.add(tags);
  res.status(201).json(item);
});

app.get('/pages', async (req, res) => {
  const size = Math.max(1, Number(req.query.size) || 2);
  const tag = req.query.tag;
  const out = [];
  for await (const page of pages(size, (item) => !tag || item.tags.includes(tag))) {
    out.push(page.map((i) => i.id));
    if (out.length >= 3) break;
  }
  res.json(out);
});

app.get('/cloud', async (req, res) => {
  const entries = [];
  for await (const [tag, n] of cloud) entries.push(`${tag}:${n}`);
  res.json(entries);
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
