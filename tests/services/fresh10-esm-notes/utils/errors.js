export class AppError extends Error {
  status = 500;
  constructor(message, options) {
    super(message, options);
    this.name = this.constructor.name;
  }
}

export class NotFoundError extends AppError {
  status = 404;
  constructor(what) {
    super(`${what} not found`);
  }
}

export class ValidationError extends AppError {
  status = 422;
}
