'use strict';

class AppError extends Error {
  constructor(message, { status = 500, code = 'INTERNAL', details } = {}) {
    super(message);
    this.name = this.constructor.name;
    this.status = status;
    this.code = code;
    if (details) this.details = details;
  }
}

class NotFoundError extends AppError {
  constructor(entity, id) {
    super(`${entity} ${id} not found`, { status: 404, code: 'NOT_FOUND' });
  }
}

class ValidationError extends AppError {
  constructor(details) {
    super('Validation failed', { status: 400, code: 'VALIDATION', details });
  }
}

class UnauthorizedError extends AppError {
  constructor(message = 'Authentication required') {
    super(message, { status: 401, code: 'UNAUTHORIZED' });
  }
}

class ForbiddenError extends AppError {
  constructor(message = 'Not allowed') {
    super(message, { status: 403, code: 'FORBIDDEN' });
  }
}

class ConflictError extends AppError {
  constructor(message) {
    super(message, { status: 409, code: 'CONFLICT' });
  }
}

module.exports = { AppError, NotFoundError, ValidationError, UnauthorizedError, ForbiddenError, ConflictError };
