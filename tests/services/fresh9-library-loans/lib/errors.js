class AppError extends Error {
  constructor(message, { status = 500, code = 'INTERNAL', cause } = {}) {
    super(message, { cause });
    this.name = this.constructor.name;
    this.status = status;
    this.code = code;
  }

  toJSON() {
    return { error: this.code, message: this.message, ...(this.cause && { cause: this.cause.message }) };
  }
}

class NotFoundError extends AppError {
  constructor(what, id) {
    super(`${what} ${id} not found`, { status: 404, code: 'NOT_FOUND' });
  }
}

class ConflictError extends AppError {
  constructor(message, cause) {
    super(message, { status: 409, code: 'CONFLICT', cause });
  }
}

module.exports = { AppError, NotFoundError, ConflictError };
