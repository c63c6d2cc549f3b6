'use strict';

class AppError extends Error {
  statusCode = 500;
  code = 'INTERNAL';

  constructor(message, details) {
    super(message);
    this.name = this.constructor.name;
    if (details !== undefined) this.details = details;
  }

  toJSON() {
    return { error: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) };
  }
}

module.exports = AppError;
