const clock = require('./clock');

const rateLimit = (limiter, keyOf = (req) => req.get('x-api-key') ?? 'anonymous') => async (req, res, next) => {
  try {
    const now = clock.tick(req);
    const key = keyOf(req);
    const verdict = await limiter.hit(key, now);
    res.set('X-RateLimit-Remaining', String(verdict.remaining));
    if (!verdict.allowed) {
      res.set('X-Retry-After', String(verdict.retryAfter));
      return res.status(429).json({ error: 'too many requests', key, retryAfter: verdict.retryAfter });
    }
    req.rateKey = key;
    next();
  } catch (err) {
    next(err);
  }
};

module.exports = { rateLimit };
