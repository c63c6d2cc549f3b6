'use strict';
// The shop's state, exposed through getters only: handlers change what the getters return.
let carts = new Map();
let orders = [];
const catalog = { apple: 3, pear: 4, fig: 7 };
let season = { name: 'winter', discount: 0 };

module.exports = {
  get carts() {
    return carts;
  },
  get orders() {
    return orders;
  },
  get season() {
    return season;
  },
  price(item) {
    return Math.round(catalog[item] * (1 - season.discount) * 100) / 100;
  },
  archive() {
    const archived = orders.length;
    carts = new Map();
    orders = [];
    return archived;
  },
};

Object.defineProperty(module.exports, 'catalog', { get: () => catalog, enumerable: true });
