const config = require('../config');
const catalog = require('./catalog');
const coupons = require('./coupons');

module.exports = function price(cart) {
  const lines = Object.entries(cart.lines).map(([id, qty]) => {
    const product = catalog.find(id);
    return { id, name: product.name, qty, total: product.price * qty };
  });
  const subtotal = lines.reduce((sum, l) => sum + l.total, 0);
  let discount = 0;
  let couponNote;
  if (cart.coupon) {
    const result = coupons.check(cart.coupon, subtotal);
    if (result.ok) discount = result.discount;
    else couponNote = result.reason;
  }
  const shipping = subtotal === 0 || subtotal - discount >= config.freeShippingFrom ? 0 : config.shippingFee;
  return { lines, subtotal, coupon: cart.coupon || null, couponNote, discount, shipping, total: subtotal - discount + shipping };
};
