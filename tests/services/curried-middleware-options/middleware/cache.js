// A response cache middleware factory with an options object: entries live for `ttl` requests
// (counted by the cache itself, so that the answers do not depend on the clock), keyed by a
// function of the request; hits and misses are kept in the closure and exposed on the middleware.
const defaults = { ttl: 3, key: (req) => req.originalUrl, methods: ['GET'] };

function cache(options = {}) {
  const { ttl, key, methods } = { ...defaults, ...options };
  const entries = new Map();
  let clock = 0;
  const stats = { hits: 0, misses: 0, evicted: 0 };

  function middleware(req, res, next) {
    clock += 1;
    if (!methods.includes(req.method)) return next();
    const k = key(req);
    const hit = entries.get(k);
    if (hit && clock - hit.at <= ttl) {
      stats.hits += 1;
      res.set('x-cache', `hit ${clock - hit.at}`);
      return res.json(hit.body);
    }
    if (hit) {
      entries.delete(k);
      stats.evicted += 1;
    }
    stats.misses += 1;
    res.set('x-cache', 'miss');
    const json = res.json.bind(res);
    res.json = (body) => {
      entries.set(k, { body, at: clock });
      return json(body);
    };
    next();
  }

  middleware.stats = () => ({ ...stats, size: entries.size, clock });
  middleware.clear = () => {
    const n = entries.size;
    entries.clear();
    return n;
  };
  return middleware;
}

module.exports = cache;
