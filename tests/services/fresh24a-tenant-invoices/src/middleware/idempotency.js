// Replays the stored answer for a repeated Idempotency-Key (per tenant), as payment APIs do.
const seen = new Map();
let replays = 0;

function idempotent() {
  return (req, res, next) => {
    const key = req.get('idempotency-key');
    if (!key) return next();
    const scoped = `${req.tenant.slug}:${key}`;
    const hit = seen.get(scoped);
    if (hit) {
      replays++;
      res.set('x-idempotent-replay', String(replays));
      return res.status(hit.status).json(hit.body);
    }
    const json = res.json.bind(res);
    res.json = (body) => {
      seen.set(scoped, { status: res.statusCode, body });
      return json(body);
    };
    next();
  };
}

module.exports = { idempotent, stats: () => ({ keys: seen.size, replays }) };
