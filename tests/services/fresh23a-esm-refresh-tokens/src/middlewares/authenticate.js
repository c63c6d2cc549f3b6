import { AuthError } from '../errors/AuthError.js';

export const authenticate = (tokens) => (req, res, next) => {
  const [type, token] = (req.headers.authorization ?? '').split(' ');
  if (type !== 'Bearer' || !token) return next(new AuthError('missing token', 'NO_TOKEN'));
  try {
    req.auth = tokens.verifyAccess(token);
    return next();
  } catch (error) {
    return next(error);
  }
};
