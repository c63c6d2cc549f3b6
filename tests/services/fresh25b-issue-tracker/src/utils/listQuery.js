'use strict';

const { ValidationError } = require('./errors');

// ?page=2&limit=5&sort=-priority,title&status=open
function parseListQuery(query, { sortable, filterable, defaults }) {
  const page = Math.max(1, Number.parseInt(query.page ?? '1', 10) || 1);
  const limit = Math.min(defaults.maxLimit, Math.max(1, Number.parseInt(query.limit ?? `${defaults.defaultLimit}`, 10) || defaults.defaultLimit));
  const sort = String(query.sort ?? defaults.sort ?? 'id')
    .split(',')
    .filter(Boolean)
    .map((key) => (key.startsWith('-') ? { field: key.slice(1), dir: -1 } : { field: key, dir: 1 }));
  const bad = sort.filter((s) => !sortable.includes(s.field)).map((s) => s.field);
  if (bad.length) throw new ValidationError(bad.map((f) => ({ path: 'sort', message: `cannot sort by ${f}` })));
  const filters = {};
  for (const key of filterable) {
    if (query[key] !== undefined) filters[key] = String(query[key]);
  }
  return { page, limit, sort, filters };
}

function compareBy(sort) {
  return (a, b) => {
    for (const { field, dir } of sort) {
      const x = a[field];
      const y = b[field];
      if (x === y) continue;
      if (x === undefined || x === null) return 1;
      if (y === undefined || y === null) return -1;
      return (x < y ? -1 : 1) * dir;
    }
    return 0;
  };
}

function paginate(items, { page, limit, sort }) {
  const sorted = [...items].sort(compareBy(sort));
  const start = (page - 1) * limit;
  return {
    data: sorted.slice(start, start + limit),
    meta: { page, limit, total: sorted.length, pages: Math.max(1, Math.ceil(sorted.length / limit)) },
  };
}

module.exports = { parseListQuery, paginate, compareBy };
