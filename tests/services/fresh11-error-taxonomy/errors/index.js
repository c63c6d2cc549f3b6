'use strict';

class AppError extends Error {
  static status = 500;
  expose = false;

  constructor(message, options) {
    super(message, options);
    this.name = new.target.name;
  }

  get status() {
    return this.constructor.status;
  }

  toJSON() {
    return { error: this.name, message: this.expose ? this.message : 'internal error', ...(this.details ?? {}) };
  }
}

class ValidationError extends AppError {
  static status = 422;
  expose = true;
  constructor(field, problem) {
    super(`${field} ${problem}`);
    this.details = { field };
  }
}

class NotFoundError extends AppError {
  static status = 404;
  expose = true;
}

class UpstreamError extends AppError {
  static status = 502;
  constructor(service, cause) {
    super(`${service} failed`, { cause });
    this.service = service;
  }
}

class InsufficientFunds extends ValidationError {
  static status = 402;
}

module.exports = { AppError, ValidationError, NotFoundError, UpstreamError, InsufficientFunds };
