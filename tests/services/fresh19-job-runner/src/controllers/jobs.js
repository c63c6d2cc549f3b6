'use strict';
const createError = require('http-errors');
const ms = require('ms');
const { queue, metrics } = require('#queue');

exports.create = (req, res) => {
  const { type, payload } = req.body;
  const job = queue.enqueue(type, payload);
  if (!job) throw createError(400, `unknown job type "${type}"`);
  res.status(202).location(`/jobs/${job.id}`).json({ id: job.id, state: job.state });
};

exports.show = (req, res) => {
  const job = queue.jobs.get(req.params.id);
  if (!job) throw createError(404, `job ${req.params.id} not found`);
  res.json(job);
};

exports.cancel = (req, res) => {
  if (!queue.jobs.has(req.params.id)) throw createError(404, `job ${req.params.id} not found`);
  if (!queue.cancel(req.params.id)) throw createError(409, `job ${req.params.id} already started`);
  res.status(204).end();
};

exports.list = (req, res) => {
  const state = req.query.state;
  res.json([...queue.jobs.values()].filter((j) => !state || j.state === state).map(({ id, type, state: s, attempts }) => ({ id, type, state: s, attempts })));
};

exports.stats = (req, res) => {
  res.json({
    counts: metrics.counts,
    finished: metrics.finished,
    peak: queue.peak,
    running: queue.running,
    pending: queue.pending,
    backoff: ms(queue.backoff, { long: true }),
  });
};
