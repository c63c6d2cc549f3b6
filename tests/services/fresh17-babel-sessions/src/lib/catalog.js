export default class Catalog {
  #prices = new Map(Object.entries({ tea: 450, mug: 1200, honey: 800 }));
  discounts = { WELCOME: 10 };

  price(sku) {
    return this.#prices.get(sku);
  }

  total(cart, code) {
    const gross = cart.reduce((sum, { sku, qty }) => sum + this.price(sku) * qty, 0);
    const pct = this.discounts[code] ?? 0;
    return { gross, discount: Math.round((gross * pct) / 100), net: gross - Math.round((gross * pct) / 100) };
  }
}
