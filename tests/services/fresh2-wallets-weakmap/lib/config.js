module.exports = Object.freeze({
  currency: 'EUR',
  limits: Object.freeze({ maxBalance: 100_000, maxTransfer: 25_000 }),
  feeRate: 0.01,
});
