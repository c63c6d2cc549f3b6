'use strict';
const dayjs = require('dayjs');
const isSameOrBefore = require('dayjs/plugin/isSameOrBefore');
const _ = require('lodash');
const config = require('#config');
const { percentOf, format } = require('#lib/money');

dayjs.extend(isSameOrBefore);

const coupons = {
  BLACKFRIDAY: { pct: 20, until: '2025-11-30', uses: 2 },
  WELCOME5: { off: 5_00, until: '2026-01-31', uses: Infinity, minimum: 30_00 },
  SUMMER: { pct: 10, until: '2025-08-31', uses: 10 },
};

const redemptions = new Map();

function check(code, subtotal) {
  const coupon = coupons[code?.toUpperCase()];
  if (!coupon) return { ok: false, reason: 'unknown' };
  if (!dayjs(config.today).isSameOrBefore(coupon.until, 'day')) return { ok: false, reason: 'expired' };
  if ((redemptions.get(code) ?? 0) >= coupon.uses) return { ok: false, reason: 'used up' };
  if (subtotal < (coupon.minimum ?? 0)) return { ok: false, reason: `minimum ${format(coupon.minimum)}` };
  return { ok: true, coupon };
}

function quote(cart) {
  const lines = cart.lines;
  const subtotal = _.sumBy(lines, 'total');
  let discount = 0;
  if (cart.coupon) {
    const { ok, coupon } = check(cart.coupon, subtotal);
    if (ok) discount = coupon.pct ? percentOf(subtotal, coupon.pct) : coupon.off;
  }
  const afterDiscount = subtotal - discount;
  const shipping = afterDiscount >= config.freeShippingOver || lines.length === 0 ? 0 : config.shippingFlat;
  const total = afterDiscount + shipping;
  return {
    lines: lines.map((l) => ({ ...l, price: format(l.price), total: format(l.total) })),
    subtotal: format(subtotal),
    discount: discount ? format(-discount) : undefined,
    shipping: format(shipping),
    total: format(total),
    cents: total,
  };
}

function redeem(code) {
  redemptions.set(code, (redemptions.get(code) ?? 0) + 1);
}

module.exports = { check, quote, redeem, redemptions };
