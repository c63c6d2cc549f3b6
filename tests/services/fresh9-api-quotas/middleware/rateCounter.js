// Fixed-budget counter per key. No clock: the budget resets through reset() (an admin route).
function createRateCounter({ limit = 3, name = 'default' } = {}) {
  const hits = new Map();
  const blocked = new Set();
  let total = 0;

  return {
    name,
    hit(key) {
      total++;
      const n = (hits.get(key) ?? 0) + 1;
      hits.set(key, n);
      if (n > limit) blocked.add(key);
      return { count: n, remaining: Math.max(0, limit - n), blocked: blocked.has(key) };
    },
    reset(key) {
      if (key) {
        hits.delete(key);
        blocked.delete(key);
      } else {
        hits.clear();
        blocked.clear();
      }
    },
    snapshot: () => ({ name, total, limit, keys: Object.fromEntries(hits), blocked: [...blocked].sort() }),
    setLimit(n) {
      limit = n;
    },
  };
}

function quota(counter) {
  return (req, res, next) => {
    const key = req.get('x-api-key') ?? 'anonymous';
    const { count, remaining, blocked } = counter.hit(key);
    res.set('X-RateLimit-Remaining', String(remaining));
    res.set('X-RateLimit-Used', String(count));
    if (blocked) {
      const err = new Error(`quota exceeded for ${key}`);
      err.status = 429;
      return next(err);
    }
    next();
  };
}

module.exports = { createRateCounter, quota };
