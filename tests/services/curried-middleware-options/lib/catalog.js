const items = new Map([
  ['a1', { id: 'a1', name: 'Anvil', price: 40 }],
  ['b2', { id: 'b2', name: 'Bucket', price: 7 }],
]);
let reads = 0;

module.exports = {
  list() {
    reads += 1;
    return [...items.values()];
  },
  get(id) {
    reads += 1;
    return items.get(id);
  },
  put(item) {
    items.set(item.id, { ...item });
    return items.get(item.id);
  },
  get reads() {
    return reads;
  },
};
