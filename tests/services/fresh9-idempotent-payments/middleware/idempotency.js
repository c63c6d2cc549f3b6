// Stripe-style Idempotency-Key: the first answer for a key is stored and replayed for retries
// with the same body; a retry with another body is a 422. Wraps res.json to capture the answer.
const crypto = require('node:crypto');

function idempotency({ header = 'idempotency-key', store = new Map() } = {}) {
  const stats = { hits: 0, stored: 0, conflicts: 0 };

  const middleware = (req, res, next) => {
    const key = req.get(header);
    if (!key) return next();
    const fingerprint = crypto.createHash('sha256').update(JSON.stringify(req.body ?? {})).digest('hex').slice(0, 16);
    const saved = store.get(key);
    if (saved) {
      if (saved.fingerprint !== fingerprint) {
        stats.conflicts++;
        return res.status(422).json({ error: 'idempotency key reused with another body' });
      }
      stats.hits++;
      res.set('X-Idempotent-Replayed', 'true');
      return res.status(saved.status).json(saved.body);
    }
    const json = res.json.bind(res);
    res.json = (body) => {
      if (res.statusCode < 500) {
        store.set(key, { fingerprint, status: res.statusCode, body });
        stats.stored++;
      }
      return json(body);
    };
    next();
  };
  middleware.stats = stats;
  return middleware;
}

module.exports = idempotency;
