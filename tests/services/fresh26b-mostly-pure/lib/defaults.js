'use strict';
// Shared defaults and lookup tables: read by every handler, written by a few (some by mistake).
const defaults = { currency: 'EUR', precision: 2, locale: 'en' };
const rates = { EUR: 1, USD: 1.1, GBP: 0.85 };
const leaderboard = [
  { name: 'ada', score: 12 },
  { name: 'bob', score: 30 },
  { name: 'cy', score: 21 },
];
const usage = { conversions: 0, byCurrency: {} };

module.exports = { defaults, rates, leaderboard, usage };
