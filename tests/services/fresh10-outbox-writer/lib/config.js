module.exports = Object.freeze({
  flushAfterMs: 600,
  maxBatch: 3,
  file: 'data/outbox.json',
});
