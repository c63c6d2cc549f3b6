const express = require('express');
const deliveries = require('../lib/deliveries');
const subscribers = require('../lib/subscribers');

const router = express.Router();
const seen = new Set();
const received = [];

router.post('/subscribers', (req, res) => {
  const { name, failFirst = 0, topics = ['*'] } = req.body ?? {};
  if (!name) return res.status(400).json({ error: 'name required' });
  res.status(201).json(subscribers.add({ name, failFirst, topics }));
});

router.post('/incoming', (req, res) => {
  const id = req.get('x-event-id');
  if (!id) return res.status(400).json({ error: 'x-event-id required' });
  if (seen.has(id)) return res.status(200).json({ duplicate: true, id, received: received.length });
  seen.add(id);
  const event = { id, topic: req.body?.topic ?? 'misc', payload: req.body?.payload ?? null };
  received.push(event);
  const queued = subscribers
    .matching(event.topic)
    .map((sub) => deliveries.enqueue(event, sub));
  res.status(202).json({ accepted: id, deliveries: queued.map((d) => d.id) });
});

router.get('/incoming', (req, res) => res.json({ count: received.length, ids: received.map((e) => e.id) }));

module.exports = router;
