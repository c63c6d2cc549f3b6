import express from 'express';

export function makeCrudRouter(store, { maxPage = 2 } = {}) {
  const router = express.Router();
  const counters = { reads: 0, writes: 0 };

  router.use((req, res, next) => {
    counters[req.method === 'GET' ? 'reads' : 'writes']++;
    res.set('X-Resource', store.label);
    next();
  });

  router.param('id', (req, res, next, raw) => {
    const id = Number.parseInt(raw, 10);
    const item = store.get(id);
    if (!item) return res.status(404).json({ error: `${store.label} ${raw} not found` });
    req.item = item;
    next();
  });

  router.get('/', (req, res) => {
    const offset = Number(req.query.offset ?? 0);
    const limit = Math.min(Number(req.query.limit ?? maxPage), maxPage);
    res.json({ total: store.size, items: store.list({ offset, limit }) });
  });

  router.get('/_meta', (req, res) => res.json({ label: store.label, ...counters }));
  router.get('/:id', (req, res) => res.json(req.item));
  router.post('/', (req, res) => res.status(201).json(store.create(req.body)));
  router.patch('/:id', (req, res) => res.json(store.patch(req.item.id, req.body)));
  router.delete('/:id', (req, res) => {
    store.remove(req.item.id);
    res.status(204).end();
  });

  return router;
}
