const seen = new Map();
let replays = 0;

export default function idempotent(req, res, next) {
  const key = req.get('idempotency-key');
  if (!key) return next();
  if (seen.has(key)) {
    replays++;
    const { status, body } = seen.get(key);
    return res.status(status).set('x-replayed', String(replays)).json(body);
  }
  const json = res.json.bind(res);
  res.json = (body) => {
    seen.set(key, { status: res.statusCode, body });
    return json(body);
  };
  next();
}
