const { HttpError } = require('../errors');

const byClass = new Map();
const byRoute = {};
let last = null;

function countErrors(err, req, res, next) {
  const name = err?.constructor?.name ?? typeof err;
  byClass.set(name, (byClass.get(name) ?? 0) + 1);
  const route = req.route ? `${req.baseUrl}${req.route.path}` : '(unmatched)';
  (byRoute[route] ??= []).push(err instanceof HttpError ? err.status : 500);
  last = { name, message: err instanceof HttpError ? err.message : 'internal' };
  next(err);
}
countErrors.snapshot = () => ({ byClass: Object.fromEntries(byClass), byRoute, last });
countErrors.reset = () => {
  byClass.clear();
  for (const key of Object.keys(byRoute)) delete byRoute[key];
  last = null;
};

// eslint-disable-next-line no-unused-vars
function respondWithError(err, req, res, next) {
  if (err instanceof HttpError) {
    return res.status(err.status).json({ error: err.code, message: err.message, ...(err.details && { details: err.details }) });
  }
  if (err.type === 'entity.parse.failed') return res.status(400).json({ error: 'BAD_JSON', message: 'malformed body' });
  res.status(500).json({ error: 'INTERNAL', message: 'something went wrong' });
}

module.exports = { countErrors, respondWithError };
