module.exports = Object.freeze({
  flushAfterMs: 1500,
  maxBatch: 3,
  file: 'data/outbox.json',
});
