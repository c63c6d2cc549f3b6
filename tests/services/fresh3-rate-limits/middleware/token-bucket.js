const now = require('./clock');

// A token bucket per client IP, refilled by elapsed time.
module.exports = function tokenBucket({ capacity, refillPerSec }) {
  const buckets = new Map();
  let rejected = 0;

  function take(key, at) {
    let b = buckets.get(key);
    if (!b) {
      b = { tokens: capacity, at };
      buckets.set(key, b);
    }
    const refill = Math.floor(((at - b.at) / 1000) * refillPerSec);
    if (refill > 0) {
      b.tokens = Math.min(capacity, b.tokens + refill);
      b.at = at;
    }
    if (b.tokens === 0) return false;
    b.tokens -= 1;
    return true;
  }

  const middleware = (req, res, next) => {
    const ok = take(req.ip, now(req));
    res.set('X-RateLimit-Remaining', String(buckets.get(req.ip).tokens));
    if (ok) return next();
    rejected++;
    res.status(429).json({ error: 'slow down', ip: req.ip });
  };
  middleware.stats = () => ({ rejected, clients: buckets.size });
  return middleware;
};
