'use strict';

const pending = [];
const lastLevel = new Map();
let raised = 0;

function onLow({ sku, available }) {
  // only alert when the level keeps dropping, not on every change
  if (lastLevel.has(sku) && lastLevel.get(sku) <= available) return;
  lastLevel.set(sku, available);
  raised += 1;
  pending.push({ n: raised, sku, available, level: available === 0 ? 'critical' : 'warning' });
}

function onChanged(sku) {
  // a restock clears the memory so that the next drop alerts again
  if (lastLevel.has(sku)) {
    const inventory = require('./inventory');
    const item = inventory.products.get(sku);
    if (item && item.stock - item.reserved > lastLevel.get(sku) + 5) lastLevel.delete(sku);
  }
}

exports.subscribe = (bus) => {
  bus.on('stock.low', onLow);
  bus.on('stock.changed', onChanged);
};

exports.drain = (limit) => {
  const out = pending.splice(0, limit);
  return { alerts: out, remaining: pending.length, raised };
};
