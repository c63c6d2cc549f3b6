// `limit(n)` allows n requests per client (the x-client header), `limit(n, { by })` keys it otherwise;
// the counters are in the factory's closure, readable and resettable through functions on the middleware.
function limit(max, { by = (req) => req.get('x-client') ?? 'anon', label = 'limit' } = {}) {
  const used = new Map();
  const mw = (req, res, next) => {
    const who = by(req);
    const n = (used.get(who) ?? 0) + 1;
    used.set(who, n);
    res.set('x-remaining', String(Math.max(0, max - n)));
    if (n > max) return res.status(429).json({ error: `${label}: ${who} over ${max}` });
    next();
  };
  mw.usage = () => Object.fromEntries(used);
  mw.reset = (who) => used.delete(who);
  return mw;
}

module.exports = limit;
