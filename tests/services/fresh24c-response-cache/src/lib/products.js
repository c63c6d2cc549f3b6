const products = new Map([
  [1, { id: 1, name: 'Claw hammer', tag: 'tools', price: 19.5 }],
  [2, { id: 2, name: 'Garden hose', tag: 'garden', price: 34 }],
  [3, { id: 3, name: 'Chisel set', tag: 'tools', price: 27 }],
]);
let nextId = 4;
let computed = 0; // how many times a handler really ran (a cache hit does not)

module.exports = {
  list(tag) {
    computed++;
    const all = [...products.values()];
    return { computed, items: tag ? all.filter((p) => p.tag === tag) : all };
  },
  find(id) {
    computed++;
    return products.get(id);
  },
  create({ name, tag = 'misc', price = 0 }) {
    const product = { id: nextId++, name, tag, price };
    products.set(product.id, product);
    return product;
  },
  update(id, patch) {
    const product = products.get(id);
    if (!product) return undefined;
    Object.assign(product, patch);
    return product;
  },
  remove(id) {
    return products.delete(id);
  },
  get computed() {
    return computed;
  },
};
