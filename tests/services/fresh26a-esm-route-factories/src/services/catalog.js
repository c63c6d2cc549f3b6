export class CatalogService {
  #products = new Map();
  #seq = 100;

  add({ name, price, category = 'misc' }) {
    if (!name || !(Number(price) > 0)) throw Object.assign(new Error('name and price > 0 required'), { status: 400 });
    const product = { id: ++this.#seq, name, price: Number(price), category };
    this.#products.set(product.id, product);
    return product;
  }

  get(id) {
    return this.#products.get(Number(id)) ?? null;
  }

  byCategory(category) {
    return [...this.#products.values()].filter((p) => !category || p.category === category);
  }
}

export class CartService {
  #carts = new Map();

  constructor(catalog) {
    this.catalog = catalog;
  }

  add(cartId, productId, qty = 1) {
    const product = this.catalog.get(productId);
    if (!product) throw Object.assign(new Error(`no product ${productId}`), { status: 404 });
    const cart = this.#carts.get(cartId) ?? new Map();
    cart.set(product.id, (cart.get(product.id) ?? 0) + qty);
    this.#carts.set(cartId, cart);
    return this.view(cartId);
  }

  view(cartId) {
    const cart = this.#carts.get(cartId) ?? new Map();
    const lines = [...cart].map(([id, qty]) => ({ id, qty, subtotal: this.catalog.get(id).price * qty }));
    return { cartId, lines, total: lines.reduce((s, l) => s + l.subtotal, 0) };
  }
}
