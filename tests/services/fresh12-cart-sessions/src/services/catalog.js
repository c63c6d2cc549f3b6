const products = {
  mug: { price: 1200, stock: 3 },
  tee: { price: 1800, stock: 10 },
  cap: { price: 900, stock: 1 },
};

module.exports = {
  find: (sku) => (Object.hasOwn(products, sku) ? products[sku] : null),
  take(lines) {
    const missing = lines.find((l) => products[l.sku].stock < l.qty);
    if (missing) return missing.sku;
    for (const l of lines) products[l.sku].stock -= l.qty;
    return null;
  },
  stock: () => Object.fromEntries(Object.entries(products).map(([k, v]) => [k, v.stock])),
};
