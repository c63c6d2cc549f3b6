'use strict';

class ApiError extends Error {
  constructor(status, code, message, data) {
    super(message);
    Object.assign(this, { status, code, data });
  }
}

const make = (status, code) =>
  class extends ApiError {
    constructor(message, data) {
      super(status, code, message, data);
    }
  };

module.exports = {
  ApiError,
  BadRequest: make(400, 'bad_request'),
  Unauthorized: make(401, 'unauthorized'),
  Forbidden: make(403, 'forbidden'),
  NotFound: make(404, 'not_found'),
  Conflict: make(409, 'conflict'),
  Gone: make(410, 'gone'),
  TooMany: make(429, 'quota'),
};
