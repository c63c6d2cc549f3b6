'use strict';

class StepError extends Error {
  constructor(step, message, { status = 400, cause } = {}) {
    super(message, { cause });
    this.name = 'StepError';
    this.step = step;
    this.status = status;
  }
}

const EMAIL = /^[^@\s]+@([^@\s]+\.[a-z]{2,})$/i;

async function validate(ctx) {
  const email = ctx.input.email?.trim().toLowerCase();
  const match = email?.match(EMAIL);
  if (!match) throw new StepError('validate', 'invalid email');
  ctx.email = email;
  ctx.domain = match[1];
}

module.exports = { validate, StepError };
