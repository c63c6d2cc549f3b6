import createError from 'http-errors';

export function notFound(req, res, next) {
  next(createError(404, `no route for ${req.method} ${req.path}`));
}

// eslint-disable-next-line no-unused-vars
export function errorHandler(err, req, res, next) {
  const status = err.status ?? 500;
  const body = { error: err.expose ? err.message : 'Internal Server Error' };
  if (err.details) body.details = err.details;
  res.status(status).json(body);
}
