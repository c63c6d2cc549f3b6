const Order = require('../models/Order');
const bus = require('../events/bus');
const pricing = require('./pricing');
const inventory = require('./inventory');

const orders = new Map();

class OrderError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function create({ customer, lines = [] }) {
  if (!customer || !lines.length) throw new OrderError(400, 'customer and lines required');
  const unknown = lines.find((l) => !pricing.isKnown(l.sku));
  if (unknown) throw new OrderError(422, `unknown sku ${unknown.sku}`);
  const short = lines.find((l) => !inventory.available(l.sku, l.qty));
  if (short) throw new OrderError(409, `not enough ${short.sku}`);
  const order = new Order(customer, lines);
  order.quote = pricing.quote(lines);
  orders.set(order.id, order);
  bus.emit('order:created', order);
  return order;
}

function transition(id, next) {
  const order = orders.get(Number(id));
  if (!order) throw new OrderError(404, 'no such order');
  if (!order.moveTo(next)) throw new OrderError(409, `cannot go from ${order.status} to ${next}`);
  bus.emit(`order:${next}`, order);
  return order;
}

module.exports = { create, transition, all: () => [...orders.values()], get: (id) => orders.get(Number(id)), OrderError };
