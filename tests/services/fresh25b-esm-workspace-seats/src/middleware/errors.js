import { ZodError } from 'zod';
import { DomainError } from '../lib/errors.js';

export const errorHandler = (logger) => (err, req, res, next) => {
  if (err instanceof ZodError) {
    return res.status(422).json({ error: 'invalid', fields: err.issues.map((i) => `${i.path.join('.')}: ${i.message}`) });
  }
  if (err instanceof DomainError) {
    logger.warn(`${err.code} ${err.message}`);
    return res.status(err.status).json({ error: err.code, message: err.message });
  }
  if (err?.type === 'entity.parse.failed') return res.status(400).json({ error: 'bad_json' });
  return next(err);
};
