'use strict';

class DomainError extends Error {
  status = 400;
  code = 'DOMAIN_ERROR';

  constructor(message, extra = {}) {
    super(message);
    this.name = new.target.name;
    this.extra = extra;
  }

  toJSON() {
    return { code: this.code, message: this.message, ...this.extra };
  }
}

class NotFound extends DomainError {
  status = 404;
  code = 'NOT_FOUND';
}
class Invalid extends DomainError {
  status = 422;
  code = 'INVALID';
}
class Unavailable extends DomainError {
  status = 409;
  code = 'UNAVAILABLE';
}
class LimitReached extends DomainError {
  status = 409;
  code = 'LIMIT_REACHED';
}
class Blocked extends DomainError {
  status = 403;
  code = 'MEMBER_BLOCKED';
}
class Unauthenticated extends DomainError {
  status = 401;
  code = 'NO_KEY';
}
class Forbidden extends DomainError {
  status = 403;
  code = 'FORBIDDEN';
}

module.exports = { DomainError, NotFound, Invalid, Unavailable, LimitReached, Blocked, Unauthenticated, Forbidden };
