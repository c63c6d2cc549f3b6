const products = [
  { id: 'p1', name: 'Notebook', price: 1250, stock: 10 },
  { id: 'p2', name: 'Fountain pen', price: 3900, stock: 2 },
  { id: 'p3', name: 'Ink (blue)', price: 650, stock: 20 },
];

const byId = new Map(products.map((p) => [p.id, p]));

module.exports = {
  all: () => products.map(({ id, name, price, stock }) => ({ id, name, price, inStock: stock > 0 })),
  find: (id) => byId.get(id),
  take(id, qty) {
    const product = byId.get(id);
    product.stock -= qty;
    return product.stock;
  },
};
