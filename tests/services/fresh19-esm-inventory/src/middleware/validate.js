export const validate = (schema) => (req, res, next) => {
  const result = schema.safeParse(req.body);
  if (!result.success) {
    return res.status(400).json({
      error: 'ValidationError',
      issues: result.error.issues.map(({ path, message }) => ({ path: path.join('.'), message })),
    });
  }
  req.body = result.data;
  next();
};
