'use strict';

const { WarehouseError, shortage } = require('../lib/errors');

class PickingService {
  #sequence = 0;
  lists = new Map();

  constructor({ db, stock, catalog, config }) {
    Object.assign(this, { db, stock, catalog, config });
  }

  // Plan picks from the fullest bins first, QC excluded; nothing moves until the list is confirmed.
  async plan(orderRef, lines) {
    const picks = [];
    for (const { sku, qty } of lines) {
      await this.catalog.item(sku);
      const bins = (await this.db.find('stock', { sku }))
        .filter((r) => r.bin !== 'QC' && r.qty > 0)
        .toSorted((a, b) => b.qty - a.qty || a.bin.localeCompare(b.bin));
      let left = qty;
      for (const row of bins) {
        const free = row.qty - this.#reserved(sku, row.bin);
        if (left <= 0 || free <= 0) continue;
        const take = Math.min(left, free);
        picks.push({ sku, bin: row.bin, qty: take });
        left -= take;
      }
      if (left > 0) throw shortage(sku, 'all bins', qty - left, qty);
    }
    this.#sequence += 1;
    const list = { id: `PL-${String(this.#sequence).padStart(3, '0')}`, orderRef, status: 'open', picks };
    this.lists.set(list.id, list);
    return list;
  }

  #reserved(sku, bin) {
    let n = 0;
    for (const list of this.lists.values()) {
      if (list.status !== 'open') continue;
      for (const p of list.picks) if (p.sku === sku && (bin === null || p.bin === bin)) n += p.qty;
    }
    return n;
  }

  async confirm(id) {
    const list = this.lists.get(id);
    if (!list) throw new WarehouseError(404, 'UNKNOWN_LIST', `no picking list ${id}`);
    if (list.status !== 'open') throw new WarehouseError(409, 'LIST_CLOSED', `${id} is ${list.status}`);
    list.status = 'picking';
    for (const p of list.picks) await this.stock.take(p.sku, p.bin, p.qty, list.id);
    list.status = 'done';
    return list;
  }

  cancel(id) {
    const list = this.lists.get(id);
    if (!list || list.status !== 'open') throw new WarehouseError(409, 'LIST_CLOSED', `${id} cannot be cancelled`);
    list.status = 'cancelled';
    return list;
  }
}

module.exports = { PickingService };
