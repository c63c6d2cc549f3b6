// eslint-disable-next-line no-unused-vars
module.exports = function errorHandler(err, req, res, next) {
  const status = err.status ?? 500;
  const body = { error: status === 500 ? 'internal error' : err.message };
  if (err.details) body.details = err.details;
  if (err.name === 'ConflictError') res.set('X-Error-Kind', 'conflict');
  res.status(status).json(body);
};
