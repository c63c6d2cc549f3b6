'use strict';
// Counters the comparators and predicates bump as they are called.
const stats = { comparisons: 0, probes: 0, mapped: 0 };
const byPrice = (a, b) => {
  stats.comparisons++;
  return a.price - b.price || a.sku.localeCompare(b.sku);
};
function byQtyDesc(a, b) {
  stats.comparisons++;
  return b.qty - a.qty || a.sku.localeCompare(b.sku);
}
module.exports = { stats, byPrice, byQtyDesc };
