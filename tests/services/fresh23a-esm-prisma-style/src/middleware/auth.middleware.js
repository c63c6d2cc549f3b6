import jwt from 'jsonwebtoken';
import { ApiError } from '../errors/ApiError.js';
import { env } from '../utils/env.js';

export const protect = (req, res, next) => {
  const token = req.headers.authorization?.startsWith('Bearer ') ? req.headers.authorization.slice(7) : null;
  if (!token) return next(ApiError.unauthorized('Not authorized, no token'));
  try {
    const decoded = jwt.verify(token, env.JWT_SECRET);
    req.user = { id: decoded.id, email: decoded.email };
    next();
  } catch {
    next(ApiError.unauthorized('Not authorized, token failed'));
  }
};
