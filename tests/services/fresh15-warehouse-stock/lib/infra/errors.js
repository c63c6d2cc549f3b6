'use strict';

class AppError extends Error {
  constructor(message, status = 400, details) {
    super(message);
    this.name = this.constructor.name;
    this.status = status;
    this.details = details;
  }
}

class NotFound extends AppError {
  constructor(what) {
    super(`${what} not found`, 404);
  }
}

class OutOfStock extends AppError {
  constructor(sku, available) {
    super(`only ${available} of ${sku} available`, 409, { sku, available });
  }
}

// eslint-disable-next-line no-unused-vars
function errorMiddleware(err, req, res, next) {
  if (err.isJoi) {
    return res.status(422).json({ error: 'ValidationError', details: err.details.map((d) => d.message) });
  }
  if (err instanceof AppError) {
    return res.status(err.status).json({ error: err.name, message: err.message, ...(err.details && { details: err.details }) });
  }
  return res.status(500).json({ error: 'InternalError' });
}

module.exports = { AppError, NotFound, OutOfStock, errorMiddleware };
