// A slow "remote API" with cursor pagination: every page costs a tick.
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const orders = Array.from({ length: 17 }, (_, i) => ({
  id: `ord-${i + 1}`,
  customer: ['ann', 'bob', 'cy'][i % 3],
  total: ((i * 29) % 40) + 10,
}));

const metrics = { pages: 0, slowCalls: 0 };

async function listOrders({ cursor = 0, limit = 5 } = {}) {
  await delay(2);
  metrics.pages += 1;
  const items = orders.slice(cursor, cursor + limit);
  const next = cursor + items.length;
  return { items, nextCursor: next < orders.length ? next : null };
}

async function slowReport(ms) {
  metrics.slowCalls += 1;
  await delay(ms);
  return { ready: true, after: ms };
}

function addOrder(customer, total) {
  const order = { id: `ord-${orders.length + 1}`, customer, total };
  orders.push(order);
  return order;
}

module.exports = { listOrders, slowReport, addOrder, metrics };
