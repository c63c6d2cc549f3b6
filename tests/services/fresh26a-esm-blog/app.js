// A small blog API written as ES modules for Express 5: posts with unique slugs (slugify), zod validation,
// comments, a tag index kept in step by helpers, `{/:id}` optional params and `/*names` splats.
import express from 'express';
import { fileURLToPath } from 'node:url';
import posts from './routes/posts.js';
import tags from './routes/tags.js';
import * as store from './lib/store.js';

const app = express();
app.use(express.json());

app.use('/posts', posts);
app.use('/tags', tags);

app.get('/stats', (req, res) => {
  res.json({
    posts: store.posts.size,
    comments: [...store.comments.values()].reduce((n, list) => n + list.length, 0),
    tags: store.tagIndex.size,
    lastPublished: store.lastPublished,
  });
});

app.use((err, req, res, next) => {
  res.status(err.status ?? 500).json({ error: err.expose === false ? 'internal' : err.message });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
