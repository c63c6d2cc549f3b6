'use strict';
const { AppError } = require('../errors');

const counts = new Map();
const causes = [];

function errorHandler(err, req, res, next) {
  const name = err?.constructor?.name ?? 'Unknown';
  counts.set(name, (counts.get(name) ?? 0) + 1);
  if (err.cause) causes.push(`${name} <- ${err.cause.constructor.name}: ${err.cause.message}`);
  if (err instanceof AppError) return res.status(err.status).json(err);
  if (err.type === 'entity.parse.failed') return res.status(400).json({ error: 'BadJson' });
  res.status(500).json({ error: 'InternalError' });
}

errorHandler.report = () => ({ byClass: Object.fromEntries([...counts].sort(([a], [b]) => a.localeCompare(b))), causes });

module.exports = errorHandler;
