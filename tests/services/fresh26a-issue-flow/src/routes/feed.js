const express = require('express');
const { activity, inbox } = require('../store');

const router = express.Router();

// GET /activity?after=ID&limit=N (cursor pagination, newest last)
router.get('/activity', (req, res) => {
  const after = Number(req.query.after ?? 0);
  const limit = Math.min(Number(req.query.limit ?? 5), 20);
  const page = activity.filter((a) => a.id > after).slice(0, limit);
  const next = page.length === limit && page.at(-1).id < activity.length ? page.at(-1).id : null;
  if (next) res.links({ next: `/activity?after=${next}&limit=${limit}` });
  res.json({ items: page, next });
});

router.get('/inbox/:user', (req, res) => {
  const ids = inbox.get(req.params.user) ?? [];
  res.json(ids.map((id) => activity[id - 1]).map(({ id, issue, type, by }) => ({ id, issue, type, by })));
});

router.delete('/inbox/:user', (req, res) => {
  const n = inbox.get(req.params.user)?.length ?? 0;
  inbox.delete(req.params.user);
  res.json({ cleared: n });
});

module.exports = router;
