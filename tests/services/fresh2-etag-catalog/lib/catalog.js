const { createHash } = require('node:crypto');

const digest = (value) => createHash('sha1').update(JSON.stringify(value)).digest('base64url').slice(0, 16);

class Catalog {
  #items = [];
  #version = 0;

  static seeded(names) {
    const catalog = new Catalog();
    names.forEach((name, i) => catalog.add({ name, price: (i + 1) * 250 }));
    return catalog;
  }

  add({ name, price }) {
    const item = { id: this.#items.length + 1, name, price, rev: 1 };
    this.#items.push(item);
    this.#version++;
    return item;
  }

  get(id) {
    return this.#items.find((i) => i.id === id);
  }

  update(id, changes) {
    const item = this.get(id);
    if (!item) return undefined;
    Object.assign(item, changes, { rev: item.rev + 1 });
    this.#version++;
    return item;
  }

  page(page, perPage) {
    const start = (page - 1) * perPage;
    return { total: this.#items.length, items: this.#items.slice(start, start + perPage) };
  }

  get version() {
    return this.#version;
  }

  etagOf(item) {
    return `"${digest(item)}"`;
  }

  get listEtag() {
    return `W/"v${this.#version}"`;
  }
}

module.exports = { Catalog, digest };
