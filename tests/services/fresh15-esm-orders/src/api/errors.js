import { ZodError } from 'zod';

export const asyncHandler = (fn) => (req, res, next) => Promise.resolve(fn(req, res, next)).catch(next);

export function notFound(req, res) {
  res.status(404).json({ error: `no route for ${req.method} ${req.path}` });
}

// eslint-disable-next-line no-unused-vars
export function errorHandler(err, req, res, _next) {
  if (err instanceof ZodError) {
    const fields = err.flatten().fieldErrors;
    return res.status(400).json({ error: 'validation failed', fields });
  }
  const status = err.status ?? 500;
  res.status(status).json({ error: status === 500 ? 'internal error' : err.message });
}
