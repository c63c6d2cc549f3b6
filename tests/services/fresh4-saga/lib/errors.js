class AppError extends Error {
  constructor(message, { status = 500, code = 'INTERNAL', cause } = {}) {
    super(message, { cause });
    this.name = this.constructor.name;
    this.status = status;
    this.code = code;
  }

  toJSON() {
    return { error: this.code, message: this.message, cause: this.cause?.message };
  }
}

class StepFailed extends AppError {
  constructor(step, cause) {
    super(`step ${step} failed`, { status: 409, code: 'STEP_FAILED', cause });
    this.step = step;
  }
}

class NotFound extends AppError {
  constructor(what) {
    super(`${what} not found`, { status: 404, code: 'NOT_FOUND' });
  }
}

module.exports = { AppError, StepFailed, NotFound };
