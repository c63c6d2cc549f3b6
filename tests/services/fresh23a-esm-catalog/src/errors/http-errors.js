export class HttpError extends Error {
  static status = 500;

  constructor(message, { cause, details } = {}) {
    super(message, cause ? { cause } : undefined);
    this.name = new.target.name;
    this.details = details;
  }

  get status() {
    return this.constructor.status;
  }
}

export class BadRequestError extends HttpError {
  static status = 400;
}

export class NotFoundError extends HttpError {
  static status = 404;
}

export class UnprocessableError extends HttpError {
  static status = 422;
}

export class ForbiddenError extends HttpError {
  static status = 403;
}
