// ?category=tools&minPrice=5&maxPrice=50&tag=sale&sort=-price&page=2&limit=3
export function buildFilter({ category, minPrice, maxPrice, tag, status }) {
  const min = minPrice === undefined ? -Infinity : Number(minPrice);
  const max = maxPrice === undefined ? Infinity : Number(maxPrice);
  return (p) =>
    (!category || p.category === category) &&
    p.price >= min &&
    p.price <= max &&
    (!tag || p.tags.includes(tag)) &&
    (!status || p.status === status);
}

export function sortBy(sort = 'id') {
  const desc = sort.startsWith('-');
  const key = desc ? sort.slice(1) : sort;
  const dir = desc ? -1 : 1;
  return (a, b) => (a[key] > b[key] ? dir : a[key] < b[key] ? -dir : 0);
}

export function pageOf(items, { page = '1', limit = '5' }) {
  const p = Math.max(1, Number(page) | 0);
  const l = Math.min(20, Math.max(1, Number(limit) | 0));
  const slice = items.slice((p - 1) * l, p * l);
  return { items: slice, page: p, limit: l, total: items.length, hasNext: p * l < items.length };
}
