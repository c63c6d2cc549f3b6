'use strict';

module.exports = (err, req, res, next) => {
  const statusCode = err.statusCode || 500;
  res.status(statusCode).json({
    status: statusCode < 500 ? 'fail' : 'error',
    message: err.isOperational ? err.message : 'Something went wrong',
    ...(err.errors?.length ? { errors: err.errors } : {}),
  });
};
