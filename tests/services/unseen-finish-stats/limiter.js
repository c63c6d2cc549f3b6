// A fixed-window limiter: the first `max` requests of a key pass, the others get 429.
module.exports = function rateLimit({ max, keyOf = (req) => req.get('x-client') ?? 'anon' }) {
  const used = new Map();
  const limiter = (req, res, next) => {
    const key = keyOf(req);
    const n = (used.get(key) ?? 0) + 1;
    used.set(key, n);
    res.setHeader('x-remaining', String(Math.max(0, max - n)));
    if (n > max) return res.status(429).json({ error: 'slow down', key });
    next();
  };
  limiter.reset = (key) => used.delete(key);
  return limiter;
};
