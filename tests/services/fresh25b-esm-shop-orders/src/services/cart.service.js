import { notFound, unprocessable } from '../utils/errors.js';

const COUPONS = new Map([
  ['SAVE10', { kind: 'percent', value: 10, minCents: 5000 }],
  ['FIVER', { kind: 'fixed', value: 500, minCents: 2000 }],
]);

export class CartService {
  constructor({ carts, products, stock }) {
    Object.assign(this, { carts, products, stock });
  }

  cartOf(customer) {
    return this.carts.filter((c) => c.customerId === customer.id && c.open)[0] ?? this.carts.save({ customerId: customer.id, open: true, coupon: null });
  }

  setItem(customer, { sku, qty }) {
    const cart = this.cartOf(customer);
    if (qty === 0) this.stock.release(cart.id, sku);
    else this.stock.reserve(cart.id, sku, qty);
    return this.view(customer);
  }

  removeItem(customer, sku) {
    const cart = this.cartOf(customer);
    if (!this.stock.heldFor(cart.id).some((r) => r.sku === sku)) throw notFound(`${sku} in cart`);
    this.stock.release(cart.id, sku);
    return this.view(customer);
  }

  applyCoupon(customer, code) {
    const cart = this.cartOf(customer);
    const coupon = COUPONS.get(code.toUpperCase());
    if (!coupon) throw unprocessable(`unknown coupon ${code}`);
    cart.coupon = code.toUpperCase();
    return this.view(customer);
  }

  totals(cart) {
    const lines = this.stock.heldFor(cart.id).map((r) => {
      const p = this.products.bySku(r.sku);
      return { sku: r.sku, name: p.name, qty: r.qty, unitCents: p.priceCents, lineCents: p.priceCents * r.qty, live: r.live };
    });
    const subtotal = lines.reduce((s, l) => s + l.lineCents, 0);
    let discount = 0;
    let couponNote = null;
    const coupon = cart.coupon && COUPONS.get(cart.coupon);
    if (coupon && subtotal >= coupon.minCents) {
      discount = coupon.kind === 'percent' ? Math.round((subtotal * coupon.value) / 100) : coupon.value;
    } else if (coupon) {
      couponNote = `${cart.coupon} needs ${coupon.minCents - subtotal} more cents`;
    }
    return { lines, subtotal, discount, total: subtotal - discount, couponNote };
  }

  view(customer) {
    const cart = this.cartOf(customer);
    return { cartId: cart.id, coupon: cart.coupon, ...this.totals(cart) };
  }

  close(cart) {
    cart.open = false;
  }
}
