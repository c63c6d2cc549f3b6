export function applyQuery(rows, query, { searchable, pageSize }) {
  let out = rows;
  if (query.q) {
    const needle = String(query.q).toLowerCase();
    out = out.filter((r) => searchable.some((f) => String(r[f] ?? '').toLowerCase().includes(needle)));
  }
  for (const [key, value] of Object.entries(query)) {
    if (key.startsWith('filter.')) out = out.filter((r) => String(r[key.slice(7)]) === value);
  }
  if (query.sort) {
    const desc = query.sort.startsWith('-');
    const field = desc ? query.sort.slice(1) : query.sort;
    out = out.toSorted((a, b) => (a[field] > b[field] ? 1 : a[field] < b[field] ? -1 : 0) * (desc ? -1 : 1));
  }
  const page = Math.max(1, Number(query.page) || 1);
  return { total: out.length, page, items: out.slice((page - 1) * pageSize, page * pageSize) };
}
