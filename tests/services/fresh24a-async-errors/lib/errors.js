class AppError extends Error {
  status = 500;
  expose = false;
  constructor(message, options) {
    super(message, options);
    this.name = new.target.name;
  }
}

class NotFoundError extends AppError {
  status = 404;
  expose = true;
}

class ValidationError extends AppError {
  status = 422;
  expose = true;
  constructor(field, message) {
    super(message);
    this.field = field;
  }
}

class ConflictError extends AppError {
  status = 409;
  expose = true;
}

module.exports = { AppError, NotFoundError, ValidationError, ConflictError };
