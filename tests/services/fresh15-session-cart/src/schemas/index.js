const Ajv = require('ajv');
const createError = require('http-errors');

const ajv = new Ajv({ allErrors: true, coerceTypes: true, useDefaults: true });

const addLine = ajv.compile({
  type: 'object',
  properties: {
    productId: { type: 'string', pattern: '^p\\d+$' },
    qty: { type: 'integer', minimum: 1, default: 1 },
  },
  required: ['productId'],
  additionalProperties: false,
});

const coupon = ajv.compile({
  type: 'object',
  properties: { code: { type: 'string', minLength: 3 } },
  required: ['code'],
});

const checkout = ajv.compile({
  type: 'object',
  properties: {
    email: { type: 'string', pattern: '^[^@\\s]+@[^@\\s]+$' },
    address: { type: 'string', minLength: 5 },
  },
  required: ['email', 'address'],
});

// express middleware from a compiled validator
const body = (validate) => (req, res, next) => {
  if (validate(req.body)) return next();
  const err = createError(400, 'Invalid request body');
  err.errors = validate.errors.map((e) => `${e.instancePath || '/'} ${e.message}`);
  return next(err);
};

module.exports = { addLine: body(addLine), coupon: body(coupon), checkout: body(checkout) };
