import { ValidationError } from 'yup';
import { HttpError } from '../utils/errors.js';

export function errorMiddleware(counters) {
  // eslint-disable-next-line no-unused-vars
  return (err, req, res, next) => {
    const key = err instanceof HttpError ? err.code : err instanceof ValidationError ? 'validation' : 'internal';
    counters.set(key, (counters.get(key) ?? 0) + 1);
    if (err instanceof HttpError) {
      return res.status(err.status).json({ error: err.code, message: err.message, ...(err.meta && { meta: err.meta }) });
    }
    if (err instanceof ValidationError) {
      return res.status(400).json({ error: 'validation', issues: err.inner.map((e) => ({ field: e.path, message: e.message })) });
    }
    if (err.type === 'entity.parse.failed') return res.status(400).json({ error: 'bad_json' });
    return res.status(500).json({ error: 'internal' });
  };
}
