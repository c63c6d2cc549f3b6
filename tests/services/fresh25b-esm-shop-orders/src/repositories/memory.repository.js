export class MemoryRepository {
  #items = new Map();
  #counter = 0;

  constructor(prefix, { pad = 3 } = {}) {
    this.prefix = prefix;
    this.pad = pad;
  }

  nextId() {
    this.#counter += 1;
    return `${this.prefix}_${String(this.#counter).padStart(this.pad, '0')}`;
  }

  save(entity) {
    const stored = entity.id ? entity : { id: this.nextId(), ...entity };
    this.#items.set(stored.id, stored);
    return stored;
  }

  get(id) {
    return this.#items.get(id);
  }

  all() {
    return [...this.#items.values()];
  }

  filter(fn) {
    return this.all().filter(fn);
  }

  remove(id) {
    this.#items.delete(id);
  }
}

export class ProductRepository extends MemoryRepository {
  constructor(seed) {
    super('prd');
    for (const p of seed) this.save({ id: p.sku, ...p });
  }

  bySku(sku) {
    return this.get(sku);
  }
}
