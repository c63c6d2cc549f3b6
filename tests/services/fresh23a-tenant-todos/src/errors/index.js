'use strict';

class HttpError extends Error {
  constructor(status, message, extra = {}) {
    super(message);
    this.name = this.constructor.name;
    this.status = status;
    Object.assign(this, extra);
  }
}

class TenantNotFoundError extends HttpError {
  constructor(slug) {
    super(404, `unknown tenant "${slug}"`, { slug });
  }
}

class QuotaExceededError extends HttpError {
  constructor(tenant, limit) {
    super(402, `tenant ${tenant.slug} reached its ${tenant.plan} plan limit of ${limit} todos`, { limit });
  }
}

class NotFoundError extends HttpError {
  constructor(what) {
    super(404, `${what} not found`);
  }
}

class ValidationError extends HttpError {
  constructor(errors) {
    super(422, 'invalid request', { errors });
  }
}

module.exports = { HttpError, TenantNotFoundError, QuotaExceededError, NotFoundError, ValidationError };
