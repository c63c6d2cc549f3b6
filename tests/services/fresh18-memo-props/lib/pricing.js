'use strict';
const memoize = require('./memo');

const rates = { EUR: 1, USD: 1.1, GBP: 0.85 };

function convert(amount, currency) {
  convert.computed = (convert.computed ?? 0) + 1;
  const rate = rates[currency];
  if (rate === undefined) throw Object.assign(new Error(`unknown currency ${currency}`), { status: 400 });
  return Math.round(amount * rate * 100) / 100;
}

exports.rates = rates;
exports.convert = convert;
exports.price = memoize(convert, { max: 3 });
