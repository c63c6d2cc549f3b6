class ItemRepository {
  #items = new Map();
  #bySku = new Map();

  insert(item) {
    this.#items.set(item.id, item);
    this.#bySku.set(item.sku, item.id);
    return item;
  }

  findById(id) {
    return this.#items.get(id) ?? null;
  }

  findBySku(sku) {
    const id = this.#bySku.get(sku);
    return id ? this.#items.get(id) : null;
  }

  update(id, patch) {
    const current = this.#items.get(id);
    if (!current) return null;
    const next = { ...current, ...patch, version: current.version + 1 };
    this.#items.set(id, next);
    return next;
  }

  all() {
    return [...this.#items.values()];
  }

  get size() {
    return this.#items.size;
  }
}

export const itemRepository = new ItemRepository();
