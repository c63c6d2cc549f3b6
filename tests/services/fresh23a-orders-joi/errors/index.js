'use strict';

class DomainError extends Error {
  constructor(message, status = 400, code = 'DOMAIN_ERROR') {
    super(message);
    this.name = this.constructor.name;
    this.status = status;
    this.code = code;
  }
}

class NotFoundError extends DomainError {
  constructor(what) {
    super(`${what} not found`, 404, 'NOT_FOUND');
  }
}

class OutOfStockError extends DomainError {
  constructor(sku, wanted, left) {
    super(`only ${left} of ${sku} left, wanted ${wanted}`, 409, 'OUT_OF_STOCK');
    this.sku = sku;
  }
}

class InvalidTransitionError extends DomainError {
  constructor(from, to) {
    super(`cannot go from ${from} to ${to}`, 409, 'INVALID_TRANSITION');
  }
}

class RequestValidationError extends DomainError {
  constructor(details) {
    super('request validation failed', 422, 'VALIDATION');
    this.details = details;
  }
}

module.exports = { DomainError, NotFoundError, OutOfStockError, InvalidTransitionError, RequestValidationError };
