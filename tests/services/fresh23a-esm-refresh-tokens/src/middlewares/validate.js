import { BadRequestError } from '../errors/AuthError.js';

export const validateBody = (schema) => (req, res, next) => {
  const parsed = schema.safeParse(req.body ?? {});
  if (!parsed.success) return next(new BadRequestError('invalid body', parsed.error.issues.map((i) => i.path.join('.') || i.message)));
  req.body = parsed.data;
  next();
};
