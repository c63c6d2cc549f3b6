const delay = (ms) => new Promise((r) => setTimeout(r, ms));

class ProductRepo {
  constructor() {
    this.products = new Map([
      ['p1', { id: 'p1', name: 'Notebook', price: 450, stock: 10 }],
      ['p2', { id: 'p2', name: 'Pencil', price: 120, stock: 3 }],
      ['p3', { id: 'p3', name: 'Eraser', price: 80, stock: 0 }],
    ]);
    this.reads = 0;
  }

  async get(id) {
    await delay(1);
    this.reads++;
    return this.products.get(id) ?? null;
  }

  async reserve(id, qty) {
    const product = await this.get(id);
    if (!product) throw Object.assign(new Error(`unknown product ${id}`), { status: 404 });
    if (product.stock < qty) throw Object.assign(new Error(`only ${product.stock} ${product.name} left`), { status: 409 });
    await delay(1);
    product.stock -= qty;
    return product;
  }

  async *[Symbol.asyncIterator]() {
    for (const id of [...this.products.keys()].sort()) {
      yield await this.get(id);
    }
  }
}

module.exports = new ProductRepo();
