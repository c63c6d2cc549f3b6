import { keys } from '../config/plans.js';

export function identify(req, res, next) {
  const key = req.get('x-api-key');
  const account = keys.get(key);
  if (!account) return res.status(401).json({ error: key ? 'unknown key' : 'missing key' });
  req.apiKey = key;
  req.account = account;
  next();
}
