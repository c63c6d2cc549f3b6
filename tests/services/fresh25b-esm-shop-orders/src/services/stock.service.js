import { OutOfStockError, notFound } from '../utils/errors.js';

export class StockService {
  constructor({ products, reservations, clock, env, bus }) {
    Object.assign(this, { products, reservations, clock, env, bus });
  }

  #active(sku) {
    const now = this.clock.now();
    return this.reservations.filter((r) => r.sku === sku && r.state === 'held' && r.expiresAt > now);
  }

  available(sku) {
    const product = this.products.bySku(sku);
    if (!product) throw notFound(`product ${sku}`);
    return product.stock - this.#active(sku).reduce((n, r) => n + r.qty, 0);
  }

  // one reservation per cart and sku; changing the quantity re-checks availability
  reserve(cartId, sku, qty) {
    const existing = this.reservations.filter((r) => r.cartId === cartId && r.sku === sku && r.state === 'held')[0];
    const alreadyMine = existing && existing.expiresAt > this.clock.now() ? existing.qty : 0;
    const available = this.available(sku) + alreadyMine;
    if (qty > available) throw new OutOfStockError(sku, available);
    const expiresAt = this.clock.now() + this.env.reservationMinutes * 60_000;
    if (existing) {
      Object.assign(existing, { qty, expiresAt });
      return existing;
    }
    return this.reservations.save({ cartId, sku, qty, state: 'held', expiresAt });
  }

  release(cartId, sku) {
    for (const r of this.reservations.filter((x) => x.cartId === cartId && x.state === 'held' && (!sku || x.sku === sku))) {
      r.state = 'released';
    }
  }

  heldFor(cartId) {
    const now = this.clock.now();
    return this.reservations.filter((r) => r.cartId === cartId && r.state === 'held').map((r) => ({ ...r, live: r.expiresAt > now }));
  }

  commit(cartId) {
    const held = this.heldFor(cartId);
    const lapsed = held.filter((r) => !r.live);
    for (const r of lapsed) {
      const available = this.available(r.sku);
      if (r.qty > available) throw new OutOfStockError(r.sku, available);
    }
    for (const r of held) {
      const product = this.products.bySku(r.sku);
      product.stock -= r.qty;
      this.reservations.get(r.id).state = 'committed';
    }
    return held.map(({ sku, qty }) => ({ sku, qty }));
  }

  restock(lines) {
    for (const { sku, qty } of lines) this.products.bySku(sku).stock += qty;
    this.bus.publish('stock.restocked', { lines });
  }
}
