const bus = require('./bus');

const orders = [];

function createOrder({ customer, lines }) {
  const order = {
    id: `ord_${String(orders.length + 1).padStart(3, '0')}`,
    customer,
    lines,
    total: lines.reduce((sum, l) => sum + l.price * l.qty, 0),
    status: 'placed',
  };
  orders.push(order);
  bus.publish('order:placed', order);
  return order;
}

function cancelOrder(id) {
  const order = orders.find((o) => o.id === id);
  if (!order || order.status !== 'placed') return null;
  order.status = 'cancelled';
  bus.publish('order:cancelled', order);
  return order;
}

const findOrder = (id) => orders.find((o) => o.id === id);

module.exports = { createOrder, cancelOrder, findOrder };
