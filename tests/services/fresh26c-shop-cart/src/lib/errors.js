'use strict';

class HttpError extends Error {
  status = 500;
  constructor(status, message, options) {
    super(message, options);
    this.status = status;
    this.name = new.target.name;
  }
}

class NotFound extends HttpError {
  constructor(what, options) {
    super(404, `${what} not found`, options);
  }
}

class Conflict extends HttpError {
  constructor(message, options) {
    super(409, message, options);
  }
}

module.exports = { HttpError, NotFound, Conflict };
