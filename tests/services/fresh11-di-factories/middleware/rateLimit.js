'use strict';

// options carry the store the hits are kept in (memory by default), as express-rate-limit does
module.exports = function rateLimit({ store = new Map(), max = 2, keyOf = (req) => req.get('x-api-key') ?? 'anon' } = {}) {
  return (req, res, next) => {
    const key = keyOf(req);
    const hits = (store.get(key) ?? 0) + 1;
    store.set(key, hits);
    if (hits > max) return res.status(429).json({ error: 'rate limited', key, hits });
    next();
  };
};
