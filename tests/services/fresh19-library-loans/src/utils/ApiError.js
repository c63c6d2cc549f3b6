const { StatusCodes, getReasonPhrase } = require('http-status-codes');

class ApiError extends Error {
  constructor(statusCode, message, details) {
    super(message || getReasonPhrase(statusCode));
    this.name = 'ApiError';
    this.statusCode = statusCode;
    this.details = details;
  }

  static notFound(what) {
    return new ApiError(StatusCodes.NOT_FOUND, `${what} not found`);
  }

  static conflict(message) {
    return new ApiError(StatusCodes.CONFLICT, message);
  }
}

module.exports = ApiError;
