class HttpError extends Error {
  constructor(status, message, details) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.details = details;
  }

  static notFound(what) {
    return new HttpError(404, `${what} not found`);
  }

  static badRequest(message, details) {
    return new HttpError(400, message, details);
  }

  static conflict(message) {
    return new HttpError(409, message);
  }
}

module.exports = HttpError;
