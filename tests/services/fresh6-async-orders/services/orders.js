const inventory = require('./inventory');
const { HttpError } = require('../errors/http-error');

const orders = new Map();
let lastId = 100;

async function place(customer, lines) {
  if (!customer) throw HttpError.badRequest('customer required');
  if (!Array.isArray(lines) || lines.length === 0) throw HttpError.badRequest('no lines', { lines });
  const done = [];
  try {
    for (const { sku, qty } of lines) {
      await inventory.reserve(sku, qty);
      done.push({ sku, qty });
    }
  } catch (err) {
    // put back what was reserved before the failing line
    await Promise.all(done.map(({ sku, qty }) => inventory.release(sku, qty)));
    throw err;
  }
  const order = { id: ++lastId, customer, lines: done, status: 'placed' };
  orders.set(order.id, order);
  return order;
}

async function get(id) {
  const order = orders.get(id);
  if (!order) throw HttpError.notFound(`order ${id} not found`);
  return order;
}

async function cancel(id) {
  const order = await get(id);
  if (order.status === 'cancelled') throw HttpError.conflict(`order ${id} already cancelled`);
  for (const line of order.lines) await inventory.release(line.sku, line.qty);
  order.status = 'cancelled';
  return order;
}

async function byCustomer(customer) {
  return [...orders.values()].filter((o) => o.customer === customer).map((o) => ({ id: o.id, status: o.status }));
}

module.exports = { place, get, cancel, byCustomer };
