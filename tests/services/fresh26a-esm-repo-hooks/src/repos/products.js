import { BaseRepository } from './base.js';

export class ProductRepository extends BaseRepository {
  #flushTimer = null;
  static FLUSH_MS = 1500;

  constructor() {
    super('product');
  }

  async insert({ name, price, stock = 0 }) {
    if (!name || !(price > 0)) throw Object.assign(new Error('name and a positive price are required'), { status: 400 });
    const row = await super.insert({ name, price, stock, sku: name.toUpperCase().replace(/\W+/g, '-') });
    this.#scheduleFlush();
    return row;
  }

  // several rows at once: each one through the base class's insert, in order
  insertMany(list) {
    return list.reduce(
      (chain, item) => chain.then((rows) => super.insert({ ...item, sku: `BULK-${rows.length + 1}` }).then((row) => [...rows, row])),
      Promise.resolve([]),
    ).then((rows) => {
      this.#scheduleFlush();
      return rows;
    });
  }

  async findMany(ids) {
    const found = await Promise.allSettled(ids.map((id) => super.findById(id)));
    return found.map((r, i) => (r.status === 'fulfilled' ? r.value : { id: ids[i], error: r.reason.message }));
  }

  restock(id, qty) {
    return super.findById(id).then((row) => super.update(id, { stock: row.stock + qty }));
  }

  #scheduleFlush() {
    clearTimeout(this.#flushTimer);
    this.#flushTimer = setTimeout(() => super.flush('debounced'), ProductRepository.FLUSH_MS);
  }

  lowStock(threshold) {
    return this.all().filter((p) => p.stock < threshold).map((p) => p.sku);
  }
}

export const products = new ProductRepository();
