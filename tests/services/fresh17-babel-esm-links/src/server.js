import express from 'express';
import * as store from './store';
import { resolveLink, missed } from './http/lookup';

const app = express();
app.use(express.json());

app.post('/links', (req, res, next) => {
  try {
    const link = store.links.create(req.body.url, req.body.slug);
    res.status(201).json({ ...link, version: store.version });
  } catch (err) {
    next(err);
  }
});

app.delete('/links/:id', (req, res) => {
  res.json({ removed: store.links.remove(req.params.id), version: store.version, last: store.lastChange });
});

app.post('/admin/reset-ids', (req, res) => {
  res.json({ next: store.resetIds(req.body.from) });
});

app.get('/stats', (req, res) => {
  res.json({ top: store.links.top(), calls: store.links.calls, version: store.version, misses: missed() });
});

app.get('/:id', async (req, res) => {
  const url = await resolveLink(req.params.id, req.get('x-from'));
  if (!url) return res.status(404).send('unknown link');
  res.redirect(302, url);
});

app.use((err, req, res, next) => {
  res.status(err.status || 500).json({ error: err.message });
});

app.listen(Number(process.env.PORT) || 3000);
