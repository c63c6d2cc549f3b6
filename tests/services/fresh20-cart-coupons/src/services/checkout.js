const config = require('../config');
const carts = require('../stores/carts');
const { CouponBook } = require('./coupons');

const receipts = {};
let orderNo = 1000;

function quote({ id, lines, coupon, version }) {
  const subtotal = lines.reduce((sum, { qty, price }) => sum + qty * price, 0);
  const discount = coupon ? CouponBook.shared.discount(coupon, subtotal) : 0;
  return { id, version, lines: lines.map((l) => ({ ...l })), subtotal, coupon, discount, total: subtotal - discount, currency: config.currency };
}

function applyCoupon(cart, code) {
  const { error } = CouponBook.shared.check(code, cart.id);
  if (error) return { error };
  cart.coupon = code;
  cart.version++;
  return quote(cart);
}

function place(cart) {
  if (!cart.lines.length) return null;
  const receipt = { order: ++orderNo, ...quote(cart) };
  if (cart.coupon) CouponBook.shared.redeem(cart.coupon, cart.id);
  (receipts[cart.id] ||= []).push(structuredClone(receipt));
  carts.empty(cart);
  return receipt;
}

const receiptsOf = (id) => (receipts[id] ?? []).map(({ order, total, coupon }) => ({ order, total, coupon }));

module.exports = { quote, applyCoupon, place, receiptsOf };
