// Writes per tenant per plan: a fixed budget counted in a closure's Map.
module.exports = function quota() {
  const used = new Map();
  return (req, res, next) => {
    const n = (used.get(req.tenant.slug) ?? 0) + 1;
    used.set(req.tenant.slug, n);
    res.set('x-quota-remaining', String(Math.max(req.tenant.limit - n, 0)));
    if (n > req.tenant.limit) {
      return res.status(429).json({ error: 'quota exceeded', plan: req.tenant.plan });
    }
    next();
  };
};
