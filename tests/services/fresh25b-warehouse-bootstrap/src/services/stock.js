'use strict';

const { shortage } = require('../lib/errors');

class StockService {
  movements = 0;
  lastMovement = null;

  constructor({ db, catalog, alerts, clock }) {
    Object.assign(this, { db, catalog, alerts, clock });
  }

  async #row(sku, bin) {
    return (await this.db.findOne('stock', { sku, bin })) ?? this.db.insert('stock', { sku, bin, qty: 0 });
  }

  async #record(kind, sku, bin, delta, ref) {
    const movement = await this.db.insert('movements', { kind, sku, bin, delta, ref, at: this.clock.stamp() });
    this.movements += 1;
    this.lastMovement = `${movement.id} ${kind} ${sku}@${bin} ${delta > 0 ? '+' : ''}${delta}`;
    return movement;
  }

  async onHand(sku) {
    await this.catalog.item(sku);
    const rows = await this.db.find('stock', { sku });
    return { sku, total: rows.reduce((n, r) => n + r.qty, 0), bins: Object.fromEntries(rows.filter((r) => r.qty).map((r) => [r.bin, r.qty])) };
  }

  async receive(sku, bin, qty, ref) {
    await this.catalog.item(sku);
    await this.catalog.bin(bin);
    const row = await this.#row(sku, bin);
    row.qty += qty;
    await this.#record('receive', sku, bin, qty, ref);
    await this.alerts.check(sku);
    return this.onHand(sku);
  }

  async take(sku, bin, qty, ref, kind = 'pick') {
    const row = await this.#row(sku, bin);
    if (row.qty < qty) throw shortage(sku, bin, row.qty, qty);
    row.qty -= qty;
    await this.#record(kind, sku, bin, -qty, ref);
    await this.alerts.check(sku);
    return row.qty;
  }

  async transfer(sku, from, to, qty) {
    await this.catalog.item(sku);
    await Promise.all([this.catalog.bin(from), this.catalog.bin(to)]);
    const ref = `TR${this.movements + 1}`;
    await this.take(sku, from, qty, ref, 'transfer-out');
    const row = await this.#row(sku, to);
    row.qty += qty;
    await this.#record('transfer-in', sku, to, qty, ref);
    return this.onHand(sku);
  }

  async adjust(sku, bin, delta, ref) {
    const row = await this.#row(sku, bin);
    row.qty += delta;
    await this.#record('adjust', sku, bin, delta, ref);
    await this.alerts.check(sku);
  }
}

module.exports = { StockService };
