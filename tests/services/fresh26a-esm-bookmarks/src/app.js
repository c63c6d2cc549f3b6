import express from 'express';
import bookmarksRouter from './routes/bookmarks.js';
import tagsRouter from './routes/tags.js';
import { counters, index } from './store.js';

export function createApp() {
  const app = express();
  app.use(express.json());
  app.use('/bookmarks', bookmarksRouter);
  app.use('/tags', tagsRouter);
  app.get('/stats', (req, res) => res.json({ ...counters, tokens: index.size }));
  app.use((req, res) => res.status(404).json({ error: `no route for ${req.method} ${req.path}` }));
  return app;
}
