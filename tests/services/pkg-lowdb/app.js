// A small blog API on lowdb, the JSON-file database: the file is read at start with a
// top-level await, routes change db.data and await db.write().
import express from 'express';
import { JSONFilePreset } from 'lowdb/node';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const db = await JSONFilePreset(path.join(here, 'data', 'db.json'), { posts: [], nextId: 1 });

const app = express();
app.use(express.json());

app.get('/posts', (req, res) => {
  const { tag } = req.query;
  res.json(tag ? db.data.posts.filter((p) => p.tags.includes(tag)) : db.data.posts);
});

app.post('/posts', async (req, res) => {
  const { title, tags = [] } = req.body;
  if (!title) return res.status(400).json({ error: 'title is required' });
  const post = { id: db.data.nextId++, title, tags, likes: 0 };
  db.data.posts.push(post);
  await db.write();
  res.status(201).json(post);
});

app.post('/posts/:id/like', async (req, res) => {
  const post = db.data.posts.find((p) => p.id === Number(req.params.id));
  if (!post) return res.status(404).json({ error: 'not found' });
  await db.update(({ posts }) => {
    posts.find((p) => p.id === post.id).likes += 1;
  });
  res.json({ likes: post.likes });
});

app.delete('/posts/:id', async (req, res) => {
  const before = db.data.posts.length;
  db.data.posts = db.data.posts.filter((p) => p.id !== Number(req.params.id));
  await db.write();
  res.status(before === db.data.posts.length ? 404 : 204).end();
});

app.get('/file', async (req, res) => {
  const { readFile } = await import('node:fs/promises');
  res.type('json').send(await readFile(path.join(here, 'data', 'db.json'), 'utf8'));
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
