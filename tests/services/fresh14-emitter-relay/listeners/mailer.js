'use strict';
const bus = require('../lib/bus');

const outbox = [];
let welcomes = 0;

function welcome({ customer }) {
  welcomes += 1;
  outbox.push(`welcome ${customer}`);
  if (welcomes === 3) bus.off('order:placed', welcome);
}

bus.on('order:placed', welcome);
bus.on('order:shipped', ({ id, carrier }) => outbox.push(`shipped ${id} by ${carrier}`));
bus.prependListener('order:cancelled', ({ id }) => outbox.push(`cancelled ${id}`));

module.exports = { outbox };
