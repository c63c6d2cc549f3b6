'use strict';

const config = require('../config');

function parsePaging(query) {
  const page = Math.max(1, Number.parseInt(query.page ?? '1', 10) || 1);
  const limit = Math.min(config.pagination.maxLimit, Math.max(1, Number.parseInt(query.limit ?? '', 10) || config.pagination.defaultLimit));
  return { page, limit };
}

function paginate(items, { page, limit }) {
  const start = (page - 1) * limit;
  return {
    data: items.slice(start, start + limit),
    meta: { page, limit, total: items.length, pages: Math.ceil(items.length / limit) },
  };
}

module.exports = { parsePaging, paginate };
