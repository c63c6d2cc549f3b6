import { AppError } from '../lib/errors.js';

export function errorHandler(err, req, res, _next) {
  if (err instanceof AppError) {
    return res.status(err.status).json({ error: err.code, message: err.message, ...(err.details !== undefined && { details: err.details }) });
  }
  if (err?.type === 'entity.parse.failed') return res.status(400).json({ error: 'bad_json', message: 'body is not valid JSON' });
  return res.status(500).json({ error: 'internal', message: 'internal error' });
}
