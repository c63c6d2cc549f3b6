export function listParams(query, { sortable, pageSize }) {
  const page = Math.max(Number.parseInt(query.page, 10) || 1, 1);
  const sortKey = typeof query.sort === 'string' ? query.sort : '-placedAt';
  const desc = sortKey.startsWith('-');
  const field = desc ? sortKey.slice(1) : sortKey;
  return { page, field: sortable.includes(field) ? field : 'placedAt', desc, pageSize };
}

export function applyList(rows, { page, field, desc, pageSize }) {
  const sorted = rows.toSorted((a, b) => {
    const d = a[field] < b[field] ? -1 : a[field] > b[field] ? 1 : a.id.localeCompare(b.id);
    return desc ? -d : d;
  });
  return {
    items: sorted.slice((page - 1) * pageSize, page * pageSize),
    page,
    totalPages: Math.ceil(sorted.length / pageSize) || 1,
  };
}
