import { Quota } from '../services/quota.js';

export const meter = ({ cost = 1 } = {}) => (req, res, next) => {
  const quota = Quota.for(req.apiKey, req.account.plan);
  const units = typeof cost === 'function' ? cost(req) : cost;
  const ok = quota.take(units);
  res.set({ 'x-quota-limit': String(quota.limit), 'x-quota-remaining': String(quota.remaining) });
  if (!ok) return res.status(429).json({ error: 'quota exceeded', wanted: units });
  next();
};
