// Order statistics kept in this module; callers only go through these functions,
// and these change the state through small helpers and local aliases.
const counters = { orders: { value: 0 }, units: { value: 0 } };
const byItem = {};

function add(counter, n) {
  counter.value += n;
}

function entryFor(item) {
  const table = byItem;
  if (!(item in table)) table[item] = { qty: 0, times: 0 };
  return table[item];
}

function bump(entry, qty) {
  entry.qty += qty;
  entry.times += 1;
}

exports.record = function record(item, qty) {
  add(counters.orders, 1);
  add(counters.units, qty);
  bump(entryFor(item), qty);
};

exports.count = () => counters.orders.value;

exports.of = (item) => byItem[item] || null;

exports.forget = function forget(item) {
  const table = byItem;
  const entry = table[item];
  if (!entry) return false;
  add(counters.orders, -entry.times);
  add(counters.units, -entry.qty);
  delete table[item];
  return true;
};

exports.summary = () => ({ orders: counters.orders.value, units: counters.units.value,
                           items: Object.keys(byItem).sort() });
