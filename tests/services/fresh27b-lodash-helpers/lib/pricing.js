'use strict';
const _ = require('lodash');
const { events } = require('./events');

const rates = { EUR: 1, USD: 1.1, GBP: 0.85 };
let conversions = 0;

// lodash.memoize keys on the first argument unless given a resolver.
const convert = _.memoize((amount, currency) => {
  conversions++;
  return _.round(amount * rates[currency], 2);
}, (amount, currency) => `${amount}:${currency}`);

const announceLaunch = _.once((product) => {
  events.emit('launch', product);
  return `launched ${product.name}`;
});

// Fires its callback from the third call on.
const bulkDiscount = _.after(3, (product) => {
  product.discounted = true;
  events.emit('discount', product);
  return true;
});

// Stops calling through after two calls, repeating the last result.
const welcomeCoupon = _.before(3, (product) => `WELCOME-${product.id}`);

module.exports = {
  convert, announceLaunch, bulkDiscount, welcomeCoupon,
  setRate(currency, rate) {
    rates[currency] = rate;
    convert.cache.clear();
  },
  stats: () => ({ conversions, cached: convert.cache.size }),
};
