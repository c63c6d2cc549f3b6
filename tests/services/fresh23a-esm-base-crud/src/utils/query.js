// JSON:API-ish query strings: ?filter[status]=open&sort=-priority,title&page[number]=2&page[size]=2
export function parseListQuery(query) {
  const filter = query.filter && typeof query.filter === 'object' ? query.filter : {};
  const sort = String(query.sort ?? 'id').split(',').filter(Boolean);
  const size = Math.min(Math.max(Number(query.page?.size) || 10, 1), 50);
  const number = Math.max(Number(query.page?.number) || 1, 1);
  return { filter, sort, page: { size, number } };
}

export function compareBy(keys) {
  return (a, b) => {
    for (const key of keys) {
      const desc = key.startsWith('-');
      const k = desc ? key.slice(1) : key;
      if (a[k] === b[k]) continue;
      return (a[k] > b[k] ? 1 : -1) * (desc ? -1 : 1);
    }
    return 0;
  };
}
