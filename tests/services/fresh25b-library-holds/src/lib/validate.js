'use strict';

const { Invalid } = require('./errors');

// Tiny hand-written validators: each rule returns an error string or undefined.
const required = (v) => (v === undefined || v === null || v === '' ? 'is required' : undefined);
const string = (v) => (v !== undefined && typeof v !== 'string' ? 'must be a string' : undefined);
const maxLen = (n) => (v) => (typeof v === 'string' && v.length > n ? `must be at most ${n} characters` : undefined);
const intRange = (min, max) => (v) =>
  v !== undefined && (!Number.isInteger(v) || v < min || v > max) ? `must be an integer from ${min} to ${max}` : undefined;
const pattern = (re, label) => (v) => (typeof v === 'string' && !re.test(v) ? `must be ${label}` : undefined);

function check(body, shape) {
  const errors = {};
  for (const [field, rules] of Object.entries(shape)) {
    for (const rule of rules) {
      const message = rule(body?.[field]);
      if (message) {
        errors[field] = message;
        break;
      }
    }
  }
  if (Object.keys(errors).length) throw new Invalid('Request body is invalid', { errors });
  return Object.fromEntries(Object.keys(shape).filter((k) => body[k] !== undefined).map((k) => [k, body[k]]));
}

module.exports = { check, required, string, maxLen, intRange, pattern };
