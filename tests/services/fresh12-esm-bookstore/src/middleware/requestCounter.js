export const counts = new Map();

export function requestCounter(req, res, next) {
  const key = `${req.method} ${req.path.split('/')[1] || '/'}`;
  counts.set(key, (counts.get(key) ?? 0) + 1);
  res.set('x-request-count', String([...counts.values()].reduce((a, b) => a + b, 0)));
  next();
}
