const keys = require('../services/keys');
const clock = require('../lib/clock');
const logger = require('../lib/logger');

exports.issue = (req, res) => res.status(201).json(keys.issue(req.body.name, req.body.plan));
exports.upgrade = (req, res) => res.json(keys.upgrade(req.params.key, req.body.plan));
exports.report = (req, res) => res.json(keys.report());
exports.tick = (req, res) => {
  const now = clock.advance(Number(req.body.days ?? 1), 'day');
  logger.info('clock advanced');
  res.json({ now: now.format('ddd YYYY-MM-DD'), window: clock.window() });
};
exports.logs = (req, res) => res.json(logger.memory.entries);
