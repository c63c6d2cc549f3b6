const { Router } = require('express');
const svc = require('../services/links');
const stats = require('../stores/stats');

const router = Router();

router.post('/', (req, res, next) => {
  try {
    const link = svc.shorten(req.body ?? {});
    res.status(201).json(link);
  } catch (err) {
    next(err);
  }
});

router.get('/', (req, res) => {
  res.json({ links: svc.list(), created: stats.created });
});

router.get('/:code/stats', (req, res) => {
  const link = svc.get(req.params.code);
  if (!link) return res.status(404).json({ error: 'unknown code' });
  res.json({ code: link.code, clicks: link.clicks, byReferrer: stats.byReferrer(link.code), top: stats.top() });
});

router.delete('/:code', (req, res) => {
  res.json({ removed: svc.remove(req.params.code) });
});

module.exports = router;
