'use strict';

const AppError = require('./AppError');

class NotFoundError extends AppError {
  statusCode = 404;
  code = 'NOT_FOUND';
  constructor(resource, id) {
    super(`${resource} ${id} not found`);
  }
}

class ConflictError extends AppError {
  statusCode = 409;
  code = 'CONFLICT';
}

class UnauthorizedError extends AppError {
  statusCode = 401;
  code = 'UNAUTHORIZED';
}

class ForbiddenError extends AppError {
  statusCode = 403;
  code = 'FORBIDDEN';
}

class ValidationError extends AppError {
  statusCode = 422;
  code = 'VALIDATION_FAILED';
}

module.exports = { AppError, NotFoundError, ConflictError, UnauthorizedError, ForbiddenError, ValidationError };
