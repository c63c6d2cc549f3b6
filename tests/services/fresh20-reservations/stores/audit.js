const entries = [];

module.exports = {
  entries,
  log(kind, { id, sku, qty }) {
    entries.push({ kind, id, sku, qty });
  },
  counts() {
    const out = {};
    for (const { kind } of entries) out[kind] = (out[kind] || 0) + 1;
    return out;
  },
};
