const { Router } = require('express');
const { once } = require('node:events');
const repo = require('../repositories/subscriptions');
const dispatcher = require('../services/dispatcher');
const deliveryLog = require('../services/deliveryLog');
const transport = require('../transport/fake');

const router = Router();
let seq = 100;

router.post('/:topic', (req, res) => {
  const event = { id: `evt_${++seq}`, topic: req.params.topic, data: req.body ?? {} };
  const fanout = dispatcher.dispatch(event, repo.for(event.topic));
  res.status(202).json({ id: event.id, fanout });
});

router.get('/drain', async (req, res) => {
  if (dispatcher.inFlight > 0) await once(dispatcher, 'drained');
  res.json({ ...deliveryLog.summary(), attempts: transport.attempts() });
});

router.get('/log', (req, res) => {
  res.json({ entries: deliveryLog.entries(req.query.id), dead: deliveryLog.deadLetters() });
});

module.exports = router;
