'use strict';

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
  }
}

const notFound = (what) => new HttpError(404, `${what} not found`);
const badRequest = (msg) => new HttpError(400, msg);

module.exports = { HttpError, notFound, badRequest };
