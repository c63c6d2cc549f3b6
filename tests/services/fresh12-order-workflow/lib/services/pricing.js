const PRICES = { apple: 50, pear: 70, fig: 120 };

const quoteCache = (() => {
  const cache = {};
  let misses = 0;
  return {
    get(sku, qty) {
      const key = `${sku}x${qty}`;
      cache[key] ??= (misses++, { unit: PRICES[sku], total: PRICES[sku] * qty - (qty >= 10 ? 100 : 0) });
      return cache[key];
    },
    stats: () => ({ keys: Object.keys(cache).length, misses }),
  };
})();

exports.quote = (lines) => {
  const priced = lines.map(({ sku, qty }) => ({ sku, qty, ...quoteCache.get(sku, qty) }));
  return { lines: priced, total: priced.reduce((s, l) => s + l.total, 0) };
};
exports.isKnown = (sku) => Object.hasOwn(PRICES, sku);
exports.cacheStats = quoteCache.stats;
