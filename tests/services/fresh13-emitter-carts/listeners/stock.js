'use strict';
const bus = require('../lib/bus');

class Stock {
  constructor(levels) {
    this.levels = { ...levels };
    this.reserved = {};
  }

  onAdded({ sku, qty }) {
    this.levels[sku] = (this.levels[sku] ?? 0) - qty;
    this.reserved[sku] = (this.reserved[sku] ?? 0) + qty;
  }

  release({ sku, qty }) {
    this.levels[sku] += qty;
    this.reserved[sku] -= qty;
  }
}

const stock = new Stock({ apple: 10, pear: 5, fig: 2 });
bus.on('added', stock.onAdded.bind(stock));
bus.on('removed', (line) => stock.release(line));

module.exports = stock;
