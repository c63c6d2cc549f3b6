export class AppError extends Error {
  static status = 500;
  static code = 'internal';

  constructor(message, details) {
    super(message);
    this.details = details;
  }

  get status() {
    return this.constructor.status;
  }

  get code() {
    return this.constructor.code;
  }
}

export class BadInput extends AppError {
  static status = 400;
  static code = 'bad_input';
}
export class NoAuth extends AppError {
  static status = 401;
  static code = 'unauthenticated';
}
export class Denied extends AppError {
  static status = 403;
  static code = 'denied';
}
export class Missing extends AppError {
  static status = 404;
  static code = 'missing';
}
export class Stale extends AppError {
  static status = 412;
  static code = 'version_mismatch';
}
export class NeedsPrecondition extends AppError {
  static status = 428;
  static code = 'if_match_required';
}
export class Throttled extends AppError {
  static status = 429;
  static code = 'throttled';
}
