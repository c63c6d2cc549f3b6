class HttpError extends Error {
  constructor(status, message, details) {
    super(message);
    this.name = this.constructor.name;
    this.status = status;
    if (details) this.details = details;
  }
}
class NotFound extends HttpError {
  constructor(what = 'resource') { super(404, `${what} not found`); }
}
class Unauthorized extends HttpError {
  constructor(message = 'unauthorized') { super(401, message); }
}
class ValidationError extends HttpError {
  constructor(details) { super(422, 'validation failed', details); }
}
class Conflict extends HttpError {
  constructor(message) { super(409, message); }
}

module.exports = { HttpError, NotFound, Unauthorized, ValidationError, Conflict };
