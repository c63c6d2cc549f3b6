import { ZodError } from 'zod';
import { HttpError } from '../errors/http-errors.js';

export const errorLog = [];

// eslint-disable-next-line no-unused-vars
export function errorHandler(err, req, res, next) {
  errorLog.push(`${req.method} ${req.originalUrl} -> ${err.name}`);
  if (errorLog.length > 5) errorLog.shift();
  if (err instanceof ZodError) {
    return res.status(400).json({
      error: 'ValidationError',
      issues: err.issues.map(({ path, message }) => ({ path: path.join('.'), message })),
    });
  }
  if (err instanceof HttpError) {
    return res.status(err.status).json({ error: err.name, message: err.message, ...(err.details && { details: err.details }) });
  }
  res.status(500).json({ error: 'InternalError' });
}

export function notFound(req, res) {
  res.status(404).json({ error: 'NotFound', message: `${req.method} ${req.path}` });
}
