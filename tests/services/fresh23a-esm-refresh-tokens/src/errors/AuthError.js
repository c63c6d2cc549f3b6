export class AppError extends Error {
  constructor(message, statusCode, code) {
    super(message);
    this.statusCode = statusCode;
    this.code = code;
  }
}

export class AuthError extends AppError {
  constructor(message, code = 'AUTH_FAILED') {
    super(message, 401, code);
  }
}

export class LockedError extends AppError {
  constructor(email) {
    super(`account ${email} is locked`, 423, 'LOCKED');
  }
}

export class BadRequestError extends AppError {
  constructor(message, details) {
    super(message, 400, 'BAD_REQUEST');
    this.details = details;
  }
}
