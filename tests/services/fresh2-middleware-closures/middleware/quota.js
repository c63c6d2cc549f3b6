module.exports = (limit) => {
  const used = new Map();
  return (req, res, next) => {
    const key = req.get('x-api-key') ?? 'anonymous';
    const count = (used.get(key) ?? 0) + 1;
    used.set(key, count);
    res.set('X-Quota-Remaining', String(Math.max(0, limit - count)));
    if (count > limit) return res.status(429).json({ error: `quota of ${limit} exceeded for ${key}` });
    next();
  };
};
