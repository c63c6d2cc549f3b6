'use strict';
require('dotenv').config();

const defaults = {
  PORT: 8080,
  CURRENCY: 'EUR',
  FREE_SHIPPING_OVER: 50_00,
  SHIPPING_FLAT: 4_90,
  MAX_QTY: 5,
  STORE_TODAY: '2025-11-28',
};

const pick = (key) => process.env[key] ?? defaults[key];

module.exports = Object.freeze({
  port: Number(pick('PORT')),
  currency: pick('CURRENCY'),
  freeShippingOver: Number(pick('FREE_SHIPPING_OVER')),
  shippingFlat: Number(pick('SHIPPING_FLAT')),
  maxQty: Number(pick('MAX_QTY')),
  today: pick('STORE_TODAY'),
});
