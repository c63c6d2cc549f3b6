import { redis, key } from './redis.js';

// Stripe-style Idempotency-Key: the first request with a key claims it (SET NX), stores its
// response, and a retry gets the stored response back; a retry with another body is refused.
// Requests seen by this process are remembered, and a replay counter kept per key.
export const replays = new Map();
export const inFlight = new Map();

export function idempotent() {
  return async (req, res, next) => {
    const id = req.get('Idempotency-Key');
    if (!id) return next();
    const fingerprint = `${req.method} ${req.path} ${JSON.stringify(req.body)}`;
    const claimed = await redis.set(key('idem', id), JSON.stringify({ fingerprint, state: 'started' }), { NX: true, EX: 86400 });
    if (claimed === null) {
      const saved = JSON.parse(await redis.get(key('idem', id)));
      if (saved.fingerprint !== fingerprint) {
        return res.status(422).json({ error: 'Idempotency-Key reused with another request' });
      }
      if (saved.state !== 'done') return res.status(409).json({ error: 'request in progress' });
      replays.set(id, (replays.get(id) ?? 0) + 1);
      return res.status(saved.status).set('Idempotent-Replayed', 'true').set('X-Replays', String(replays.get(id))).json(saved.body);
    }
    inFlight.set(id, fingerprint);
    const json = res.json.bind(res);
    res.json = (body) => {
      inFlight.delete(id);
      redis
        .set(key('idem', id), JSON.stringify({ fingerprint, state: 'done', status: res.statusCode, body }), { XX: true, KEEPTTL: true })
        .catch((err) => console.error('could not save response', err));
      return json(body);
    };
    next();
  };
}
