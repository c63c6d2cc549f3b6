const { HttpError } = require('./errors');

// A tiny schema checker: { field: { type, required, min, items } }
function check(schema, body, partial) {
  const problems = [];
  const out = {};
  for (const [field, rule] of Object.entries(schema)) {
    const value = body[field];
    if (value === undefined) {
      if (rule.required && !partial) problems.push(`${field}: required`);
      continue;
    }
    const type = Array.isArray(value) ? 'array' : typeof value;
    if (type !== rule.type) problems.push(`${field}: expected ${rule.type}`);
    else if (rule.min && value.length < rule.min) problems.push(`${field}: too short`);
    else if (rule.items && value.some((v) => typeof v !== rule.items)) problems.push(`${field}: bad item`);
    else out[field] = value;
  }
  return { problems, out };
}

// validate(schema) -> middleware replacing req.body with the checked value
const validate = (schema, { partial = false } = {}) => (req, res, next) => {
  const { problems, out } = check(schema, req.body ?? {}, partial);
  if (problems.length) return next(new HttpError(422, 'validation failed', problems));
  req.body = out;
  next();
};

module.exports = validate;
