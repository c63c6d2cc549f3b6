'use strict';

// Cursor pagination over ids of the form "bk-12": ?after=bk-3&limit=2
function pageAfter(rows, { after, limit = 10 }) {
  const size = Math.min(Math.max(Number.parseInt(limit, 10) || 10, 1), 50);
  const start = after ? rows.findIndex((r) => r.id === after) + 1 : 0;
  const items = rows.slice(start, start + size);
  const next = start + size < rows.length ? items.at(-1).id : null;
  return { items, next };
}

module.exports = { pageAfter };
