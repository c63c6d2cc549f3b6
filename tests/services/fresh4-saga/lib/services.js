// Fake downstream services: stock, payments, shipping. Each call is async.
const stock = { book: 3, lamp: 1, desk: 0 };
const balances = { ann: 100, bob: 15 };
const shipments = [];

const delay = () => new Promise((resolve) => setImmediate(resolve));

async function reserve(item, qty) {
  await delay();
  if ((stock[item] ?? 0) < qty) throw new RangeError(`only ${stock[item] ?? 0} ${item} left`);
  stock[item] -= qty;
  return { item, qty };
}

async function release({ item, qty }) {
  await delay();
  stock[item] += qty;
}

async function charge(customer, amount) {
  await null;
  if ((balances[customer] ?? 0) < amount) throw new Error(`insufficient funds for ${customer}`);
  balances[customer] -= amount;
  return `pay-${customer}-${amount}`;
}

async function refund(customer, amount) {
  balances[customer] += amount;
}

async function ship(order) {
  await delay();
  if (order.address === 'nowhere') throw new Error('cannot ship to nowhere');
  shipments.push(order.id);
  return shipments.length;
}

module.exports = { reserve, release, charge, refund, ship, stock, balances, shipments };
