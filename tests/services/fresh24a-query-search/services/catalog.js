const products = [
  { sku: 'A1', name: 'Kettle', category: 'kitchen', price: 30, tags: ['steel'] },
  { sku: 'A2', name: 'Toaster', category: 'kitchen', price: 25, tags: ['chrome'] },
  { sku: 'B1', name: 'Desk', category: 'office', price: 120, tags: ['wood'] },
  { sku: 'B2', name: 'Lamp', category: 'office', price: 40, tags: ['steel', 'led'] },
  { sku: 'C1', name: 'Rug', category: 'living', price: 80, tags: ['wool'] },
];

const searchLog = [];
const popular = new Map();

function search({ filter = {}, sort, page = {} } = {}) {
  let rows = products.filter((p) =>
    Object.entries(filter).every(([k, v]) => {
      if (k === 'tags') return [v].flat().every((t) => p.tags.includes(t));
      if (k === 'price' && typeof v === 'object') {
        return (v.gte === undefined || p.price >= Number(v.gte)) && (v.lte === undefined || p.price <= Number(v.lte));
      }
      return String(p[k]) === String(v);
    }),
  );
  if (sort) {
    const desc = sort.startsWith('-');
    const key = desc ? sort.slice(1) : sort;
    rows = rows.toSorted((a, b) => (a[key] > b[key] ? 1 : a[key] < b[key] ? -1 : 0) * (desc ? -1 : 1));
  }
  const size = Number(page.size ?? 2);
  const number = Number(page.number ?? 1);
  const data = rows.slice((number - 1) * size, number * size);
  for (const p of data) popular.set(p.sku, (popular.get(p.sku) ?? 0) + 1);
  searchLog.push({ filter, sort: sort ?? null, hits: rows.length });
  return { total: rows.length, page: number, data: data.map((p) => p.sku) };
}

function setPrice(sku, price) {
  const p = products.find((x) => x.sku === sku);
  if (!p) return null;
  p.price = price;
  return p;
}

function stats() {
  return {
    searches: searchLog.length,
    lastEmpty: searchLog.findLast((s) => s.hits === 0) ?? null,
    popular: [...popular].toSorted((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 3),
  };
}

module.exports = { search, setPrice, stats };
