'use strict';
// Pure helpers: everything from their arguments.
function convert(amount, from, to, rates) {
  return (amount / rates[from]) * rates[to];
}

function round(x, precision) {
  const f = 10 ** precision;
  return Math.round(x * f) / f;
}

function histogram(words) {
  return words.reduce((acc, w) => {
    acc[w] = (acc[w] || 0) + 1;
    return acc;
  }, {});
}

function ranked(rows) {
  return rows.toSorted((a, b) => b.score - a.score).map((r, i) => `${i + 1}.${r.name}`);
}

module.exports = { convert, round, histogram, ranked };
