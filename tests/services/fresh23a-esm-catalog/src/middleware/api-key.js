import { ForbiddenError } from '../errors/http-errors.js';

// keys and the scopes they grant; a real service would load these from a vault
const KEYS = new Map([
  ['k-admin', { name: 'admin', scopes: ['read', 'write'] }],
  ['k-reader', { name: 'reader', scopes: ['read'] }],
]);

export const requireScope = (scope) => (req, res, next) => {
  const client = KEYS.get(req.get('x-api-key') ?? '');
  if (!client?.scopes.includes(scope)) return next(new ForbiddenError(`scope ${scope} required`));
  req.client = client;
  next();
};
