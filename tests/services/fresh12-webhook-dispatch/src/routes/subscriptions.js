const { Router } = require('express');
const repo = require('../repositories/subscriptions');

const router = Router();

router.post('/', (req, res) => {
  const { topic, url } = req.body ?? {};
  if (!topic || !url) return res.status(400).json({ error: 'topic and url required' });
  const added = repo.add(topic, url);
  res.status(added ? 201 : 200).json({ added, total: repo.size });
});

router.delete('/', (req, res) => {
  res.json({ removed: repo.remove(req.query.topic, req.query.url), total: repo.size });
});

router.get('/', (req, res) => res.json(repo.topics()));

module.exports = router;
