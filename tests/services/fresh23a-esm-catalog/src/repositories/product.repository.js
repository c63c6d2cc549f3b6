export class ProductRepository {
  #rows = new Map();
  #byTag = new Map();
  #nextId = 100;

  insert(data) {
    const product = { id: `p${this.#nextId++}`, ...data, status: 'in-stock', version: 1 };
    this.#rows.set(product.id, product);
    this.#index(product);
    return product;
  }

  get(id) {
    return this.#rows.get(id);
  }

  all() {
    return Array.from(this.#rows.values());
  }

  // hands the stored object to the caller's mutator, then bumps the version
  update(id, mutate) {
    const product = this.#rows.get(id);
    if (!product) return undefined;
    const result = mutate(product);
    if (result !== false) product.version++;
    return result === false ? false : product;
  }

  tagged(tag) {
    return [...(this.#byTag.get(tag) ?? [])].map((id) => this.#rows.get(id));
  }

  #index(product) {
    for (const tag of product.tags) {
      let ids = this.#byTag.get(tag);
      if (!ids) this.#byTag.set(tag, (ids = new Set()));
      ids.add(product.id);
    }
  }

  get size() {
    return this.#rows.size;
  }
}
