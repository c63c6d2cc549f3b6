const coupons = {
  WELCOME10: { kind: 'percent', value: 10, uses: Infinity },
  PEN5: { kind: 'fixed', value: 500, minSubtotal: 3000, uses: 1 },
};

const redeemed = {};

exports.check = (code, subtotal) => {
  const coupon = coupons[code];
  if (!coupon) return { ok: false, reason: 'unknown coupon' };
  if ((redeemed[code] || 0) >= coupon.uses) return { ok: false, reason: 'coupon used up' };
  if (coupon.minSubtotal && subtotal < coupon.minSubtotal) return { ok: false, reason: `needs a subtotal of ${coupon.minSubtotal}` };
  return { ok: true, discount: coupon.kind === 'percent' ? Math.round((subtotal * coupon.value) / 100) : coupon.value };
};

exports.redeem = (code) => {
  redeemed[code] = (redeemed[code] || 0) + 1;
};
