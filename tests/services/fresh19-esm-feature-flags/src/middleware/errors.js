import { FlagError } from '#services/flags';

export function errorHandler(err, req, res, next) {
  if (err instanceof FlagError) {
    return res.status(err.status).json({ message: err.message, ...(err.issues && { issues: err.issues }) });
  }
  if (err.type === 'entity.parse.failed') return res.status(400).json({ message: 'malformed JSON' });
  return next(err);
}
