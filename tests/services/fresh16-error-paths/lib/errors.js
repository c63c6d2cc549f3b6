'use strict';

class HttpError extends Error {
  constructor(status, message, details) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.details = details;
  }
}

class NotFound extends HttpError {
  constructor(what) {
    super(404, `${what} not found`);
  }
}

class Conflict extends HttpError {
  constructor(message, details) {
    super(409, message, details);
  }
}

module.exports = { HttpError, NotFound, Conflict };
