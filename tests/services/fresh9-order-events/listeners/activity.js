const bus = require('../lib/bus');

const feed = [];
const MAX = 4;

bus.on('*', ({ type, payload }) => {
  feed.unshift(`${type} ${payload.id}`);
  if (feed.length > MAX) feed.length = MAX;
});

// first big order gets a badge, once
let firstBig = null;
bus.once('big-order', (order) => {
  firstBig = order.id;
});
bus.on('order:placed', (order) => {
  if (order.total >= 100) bus.emit('big-order', order);
});

module.exports = {
  recent: () => feed.slice(),
  firstBig: () => firstBig,
};
