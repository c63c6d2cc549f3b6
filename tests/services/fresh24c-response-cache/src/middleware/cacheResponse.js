/**
 * Caches successful GET responses by URL (and the headers named in `vary`).
 * Wraps res.send so that whatever the route sends (res.json ends up here too) is stored.
 */
module.exports = function cacheResponse(cache, { vary = [] } = {}) {
  return function cacheMiddleware(req, res, next) {
    if (req.method !== 'GET') return next();

    const key = [req.originalUrl, ...vary.map((h) => req.get(h) || '*')].join('|');
    const hit = cache.get(key);
    if (hit) {
      res.set('X-Cache', 'HIT');
      if (vary.length) res.vary(vary.join(', '));
      return res.status(hit.status).type(hit.type).send(hit.body);
    }

    res.set('X-Cache', 'MISS');
    if (vary.length) res.vary(vary.join(', '));
    const send = res.send.bind(res);
    res.send = (body) => {
      if (res.statusCode === 200 && typeof body === 'string') {
        cache.set(key, { status: res.statusCode, type: res.get('Content-Type') || 'text/plain', body });
      }
      return send(body);
    };
    next();
  };
};
