const { StatusCodes } = require('http-status-codes');

module.exports = (schema, source = 'body') => (req, res, next) => {
  const { error, value } = schema.validate(req[source], { abortEarly: false, stripUnknown: true });
  if (error) {
    return res.status(StatusCodes.BAD_REQUEST).json({
      message: 'Validation failed',
      errors: error.details.map((d) => ({ field: d.path.join('.'), message: d.message })),
    });
  }
  req[source] = value;
  return next();
};
