const createError = require('http-errors');
const { client, key } = require('./redis');
const config = require('../config');

// Fixed window counter in Redis: INCR, EXPIRE on the first hit.
module.exports = (idFrom) => async (req, res, next) => {
  const counterKey = key('submits', idFrom(req));
  const [count] = await client.multi().incr(counterKey).expire(counterKey, 60, 'NX').exec();
  res.set('X-Submits-Left', String(Math.max(0, config.submitsPerMinute - count)));
  if (count > config.submitsPerMinute) throw createError(429, 'Slow down');
  next();
};
