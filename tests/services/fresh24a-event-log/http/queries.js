const express = require('express');
const log = require('../domain/event-log');
const { summary } = require('../domain/projections');

const router = express.Router();
const waiting = new Set();

router.get('/summary', (req, res) => res.json(summary()));

router.get('/events', (req, res) => {
  const after = Number(req.query.after ?? 0);
  res.json({ head: log.head, events: log.since(after) });
});

// Long poll: answer at once when there is something after `after`, else wait for the next append.
router.get('/events/wait', (req, res) => {
  const after = Number(req.query.after ?? 0);
  const ready = log.since(after);
  if (ready.length) return res.json({ waited: false, events: ready });
  const onAppend = (event) => {
    waiting.delete(res);
    res.json({ waited: true, events: [event], stillWaiting: waiting.size });
  };
  waiting.add(res);
  log.once('appended', onAppend);
});

router.get('/waiting', (req, res) => res.json({ waiting: waiting.size, listeners: log.listenerCount('appended') }));

module.exports = router;
