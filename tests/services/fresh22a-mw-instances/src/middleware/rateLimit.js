'use strict';

// Fixed-window limiter counted in requests (no clock): every `window` requests
// seen by this instance, the counts start over. Each instance has its own state.
module.exports = function rateLimit({ limit = 3, window = 6, keyBy = (req) => req.get('x-user') ?? 'anon', name = 'limiter' } = {}) {
  const hits = new Map();
  let seen = 0;
  let rejected = 0;

  function limiter(req, res, next) {
    seen += 1;
    if (seen % window === 0) hits.clear();
    const key = keyBy(req);
    const count = (hits.get(key) ?? 0) + 1;
    hits.set(key, count);
    res.set('X-RateLimit-Remaining', String(Math.max(0, limit - count)));
    res.locals.limiter = name;
    if (count > limit) {
      rejected += 1;
      return res.status(429).json({ error: 'too many requests', limiter: name });
    }
    next();
  }

  limiter.snapshot = () => ({ name, seen, rejected, keys: Object.fromEntries(hits) });
  return limiter;
};
