import { ApiError } from '../errors/ApiError.js';

export const validate = (schema, source = 'body') => (req, res, next) => {
  const result = schema.safeParse(req[source]);
  if (!result.success) {
    const errors = result.error.flatten().fieldErrors;
    return next(ApiError.badRequest('Validation failed', errors));
  }
  req.valid ??= {};
  req.valid[source] = result.data;
  next();
};
