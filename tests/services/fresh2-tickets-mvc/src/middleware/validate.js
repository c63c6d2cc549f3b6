// validate({ field: [check, message], ... }) -> middleware answering 422 with every problem.
const validate = (schema) => (req, res, next) => {
  const errors = Object.entries(schema)
    .filter(([field, [check]]) => !check(req.body?.[field], req.body ?? {}))
    .map(([field, [, message]]) => ({ field, message }));
  return errors.length ? res.status(422).json({ errors }) : next();
};

module.exports = validate;
