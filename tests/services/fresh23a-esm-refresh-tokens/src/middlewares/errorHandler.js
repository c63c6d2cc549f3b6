import { AppError } from '../errors/AuthError.js';

// eslint-disable-next-line no-unused-vars
export function errorHandler(err, req, res, next) {
  if (err instanceof AppError) {
    return res.status(err.statusCode).json({ error: { code: err.code, message: err.message, details: err.details } });
  }
  return res.status(500).json({ error: { code: 'INTERNAL', message: 'internal error' } });
}
