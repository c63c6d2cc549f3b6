class HttpError extends Error {
  constructor(status, code, message, details) {
    super(message);
    this.name = this.constructor.name;
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

class NotFoundError extends HttpError {
  constructor(what) {
    super(404, 'NOT_FOUND', `${what} not found`);
  }
}

class ValidationError extends HttpError {
  constructor(details) {
    super(422, 'VALIDATION', 'invalid input', details);
  }
}

class InsufficientFundsError extends HttpError {
  constructor(balance, amount) {
    super(409, 'INSUFFICIENT_FUNDS', `balance ${balance} < ${amount}`);
  }
}

module.exports = { HttpError, NotFoundError, ValidationError, InsufficientFundsError };
