const hits = new Map();

function rateLimit({ limit = 5, keyFn = (req) => req.ip } = {}) {
  return function limiter(req, res, next) {
    const key = keyFn(req);
    const count = (hits.get(key) ?? 0) + 1;
    hits.set(key, count);
    res.setHeader('X-RateLimit-Limit', limit);
    res.setHeader('X-RateLimit-Remaining', Math.max(0, limit - count));
    if (count > limit) {
      return res.status(429).json({ error: 'too many requests', retryAfter: 60 });
    }
    next();
  };
}

rateLimit.reset = (key) => hits.delete(key);
rateLimit.snapshot = () => Object.fromEntries(hits);

module.exports = rateLimit;
