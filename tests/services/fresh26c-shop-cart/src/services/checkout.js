'use strict';
const dayjs = require('dayjs');
const config = require('#config');
const { Cart, catalog } = require('#models');
const pricing = require('./pricing');
const { Conflict } = require('#lib/errors');

const orders = [];
let orderNo = 1_000;

function checkout(cartId) {
  const cart = Cart.get(cartId);
  if (cart.empty) throw new Conflict('cart is empty');
  for (const line of cart.lines) {
    const product = catalog.find(line.sku);
    if (product.stock < line.qty) {
      throw new Conflict(`${line.sku} sold out`, { cause: new Error(`stock ${product.stock} < ${line.qty}`) });
    }
  }
  const quote = pricing.quote(cart);
  cart.lines.forEach(({ sku, qty }) => catalog.take(sku, qty));
  if (cart.coupon) pricing.redeem(cart.coupon);
  const order = {
    no: ++orderNo,
    cart: cart.id,
    items: cart.count,
    total: quote.total,
    coupon: cart.coupon ?? undefined,
    ships: dayjs(config.today).add(cart.count > 3 ? 3 : 2, 'day').format('ddd D MMM'),
  };
  orders.push(order);
  cart.status = 'ordered';
  Cart.drop(cart.id);
  return order;
}

const history = () => orders.toReversed();

module.exports = { checkout, history };
