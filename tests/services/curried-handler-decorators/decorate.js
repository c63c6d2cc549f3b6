// Decorators for route handlers: each takes a handler and returns one.
const calls = {};
const denied = [];

const counted = (name) => (handler) => (req, res, next) => {
  calls[name] = (calls[name] ?? 0) + 1;
  return handler(req, res, next);
};

const withRole = (...roles) => (handler) => (req, res, next) => {
  const role = req.get('x-role') ?? 'guest';
  if (!roles.includes(role)) {
    denied.push(`${role}@${req.path}`);
    return res.status(403).json({ error: `${role} may not` });
  }
  return handler(req, res, next);
};

const asyncHandler = (fn) => (req, res, next) => Promise.resolve(fn(req, res, next)).catch(next);

// Applied right to left, as compose does.
const decorate = (...decorators) => (handler) => decorators.reduceRight((h, d) => d(h), handler);

module.exports = { counted, withRole, asyncHandler, decorate, calls, denied };
