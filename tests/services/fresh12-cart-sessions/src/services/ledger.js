const orders = [];

exports.record = (sid, cart) => {
  const order = { no: orders.length + 1, sid, ...cart.toJSON() };
  orders.push(order);
  return order;
};
exports.list = () => orders.map(({ no, sid, total }) => ({ no, sid, total }));
exports.revenue = () => orders.reduce((s, o) => s + o.total, 0);
