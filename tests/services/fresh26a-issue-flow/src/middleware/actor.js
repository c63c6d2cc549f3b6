// Who is acting: the X-User header, required for writes.
const KNOWN = new Set(['ana', 'ben', 'cleo', 'dev']);

module.exports = function actor(req, res, next) {
  const user = req.get('x-user')?.trim().toLowerCase();
  if (req.method !== 'GET' && !user) return res.status(401).json({ error: 'X-User header required' });
  if (user && !KNOWN.has(user)) return res.status(403).json({ error: `unknown user ${user}` });
  req.actor = user ?? null;
  next();
};
