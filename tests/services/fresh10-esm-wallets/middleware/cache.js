const defaultStore = new Map();

export function cacheResponses({ store = defaultStore, maxAge = 2, stats = { hits: 0, misses: 0 } } = {}) {
  const middleware = (req, res, next) => {
    if (req.method !== 'GET') {
      store.clear();
      return next();
    }
    const hit = store.get(req.originalUrl);
    if (hit && hit.age < maxAge) {
      hit.age++;
      stats.hits++;
      res.set('X-Cache', `hit-${hit.age}`);
      return res.json(hit.body);
    }
    stats.misses++;
    const json = res.json.bind(res);
    res.json = (body) => {
      store.set(req.originalUrl, { body, age: 0 });
      res.set('X-Cache', 'miss');
      return json(body);
    };
    next();
  };
  middleware.stats = stats;
  return middleware;
}
