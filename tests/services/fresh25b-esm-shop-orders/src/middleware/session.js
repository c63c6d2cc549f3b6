import { unauthorized } from '../utils/errors.js';

export const session = (auth) => (req, res, next) => {
  const token = req.get('x-session') ?? req.get('authorization')?.replace(/^Session /, '');
  if (!token) return next(unauthorized());
  try {
    req.customer = auth.resolve(token);
    next();
  } catch (err) {
    next(err);
  }
};
