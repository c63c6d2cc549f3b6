'use strict';

class HttpError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

class InsufficientFunds extends HttpError {
  constructor(available, requested) {
    super(422, 'insufficient_funds', `requested ${requested}, available ${available}`);
    this.available = available;
  }
}

class ProviderError extends Error {
  constructor(status) {
    super(`bank answered ${status}`);
    this.retryable = status >= 500;
  }
}

module.exports = { HttpError, InsufficientFunds, ProviderError };
