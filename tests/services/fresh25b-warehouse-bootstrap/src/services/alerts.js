'use strict';

class AlertService {
  open = new Map();
  history = [];

  constructor({ db, catalog, clock }) {
    Object.assign(this, { db, catalog, clock });
  }

  async check(sku) {
    const item = await this.catalog.item(sku);
    const rows = await this.db.find('stock', { sku });
    const total = rows.filter((r) => r.bin !== 'QC').reduce((n, r) => n + r.qty, 0);
    if (total < item.reorderAt && !this.open.has(sku)) {
      this.open.set(sku, { sku, total, since: this.clock.stamp() });
      this.history.push(`${this.clock.stamp()} low ${sku} (${total} < ${item.reorderAt})`);
    } else if (total >= item.reorderAt && this.open.has(sku)) {
      this.open.delete(sku);
      this.history.push(`${this.clock.stamp()} ok ${sku} (${total})`);
    }
  }
}

module.exports = { AlertService };
