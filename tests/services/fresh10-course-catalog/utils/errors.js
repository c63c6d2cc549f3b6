class HttpError extends Error {
  constructor(status, message, details) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    if (details) this.details = details;
  }
}

class NotFound extends HttpError {
  constructor(what, id) {
    super(404, `${what} ${id} not found`);
    this.name = 'NotFound';
  }
}

class Conflict extends HttpError {
  constructor(message) {
    super(409, message);
    this.name = 'Conflict';
  }
}

module.exports = { HttpError, NotFound, Conflict };
