'use strict';
const { use } = require('../core/registry');

const trail = [];
let rejected = 0;

use((name, payload, next) => {
  const result = next(payload);
  if (!result.ok) rejected++;
  trail.push(`${name}:${result.ok ? 'ok' : 'rejected'}`);
  return result;
});

// a validating middleware: amounts must be positive integers
use((name, payload, next) => (Number.isInteger(payload.amount) && payload.amount > 0
  ? next(payload)
  : { ok: false, error: 'amount must be a positive integer' }));

module.exports = { trail, get rejected() { return rejected; } };
