const config = require('../config');

const STATUSES = ['todo', 'doing', 'done'];

class ValidationError extends Error {
  constructor(details) {
    super('validation failed');
    this.name = 'ValidationError';
    this.status = 422;
    this.details = details;
  }
}

function validateTask(input, { partial = false } = {}) {
  const errors = [];
  const out = {};
  if (input.title !== undefined || !partial) {
    const title = typeof input.title === 'string' ? input.title.trim() : '';
    if (!title) errors.push('title is required');
    else if (title.length > config.maxTitleLength) errors.push(`title longer than ${config.maxTitleLength}`);
    out.title = title;
  }
  if (input.status !== undefined) {
    if (!STATUSES.includes(input.status)) errors.push(`status must be one of ${STATUSES.join(', ')}`);
    out.status = input.status;
  } else if (!partial) {
    out.status = 'todo';
  }
  if (input.projectId !== undefined) out.projectId = Number(input.projectId);
  if (errors.length) throw new ValidationError(errors);
  return out;
}

module.exports = { validateTask, ValidationError, STATUSES };
