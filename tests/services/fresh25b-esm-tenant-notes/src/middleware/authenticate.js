import { NoAuth } from '../lib/errors.js';

export const authenticate = (auth) => (req, res, next) => {
  const match = /^Bearer (.+)$/.exec(req.headers.authorization ?? '');
  if (!match) return next(new NoAuth('missing bearer token'));
  try {
    req.auth = auth.verify(match[1]);
    res.set('X-Tenant', req.auth.tenant);
    return next();
  } catch (err) {
    return next(err);
  }
};
