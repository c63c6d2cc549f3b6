import onHeaders from 'on-headers';

export function createQuota({ limit, keyOf }) {
  const remaining = new Map();
  const usage = [];

  function middleware(req, res, next) {
    const key = keyOf(req);
    if (!key) return res.status(401).json({ error: 'missing X-Api-Key' });
    if (!remaining.has(key)) remaining.set(key, limit);
    if (remaining.get(key) <= 0) {
      res.set('X-Quota-Remaining', '0');
      return res.status(429).json({ error: 'quota exhausted' });
    }
    onHeaders(res, function setQuotaHeader() {
      const left = remaining.get(key) - (this.statusCode < 400 ? 1 : 0);
      this.setHeader('X-Quota-Remaining', String(left));
    });
    res.on('finish', () => {
      if (res.statusCode < 400) remaining.set(key, remaining.get(key) - 1);
      usage.push(`${key} ${req.method} ${res.statusCode}`);
    });
    next();
  }

  return {
    middleware,
    topUp(key, amount) {
      remaining.set(key, (remaining.get(key) ?? limit) + amount);
    },
    snapshot() {
      return { remaining: Object.fromEntries(remaining), usage: usage.slice(-6) };
    },
  };
}
