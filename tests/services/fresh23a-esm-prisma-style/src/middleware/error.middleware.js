import { ApiError } from '../errors/ApiError.js';

export const errorCounts = {};

// eslint-disable-next-line no-unused-vars
export const errorMiddleware = (err, req, res, next) => {
  const status = err instanceof ApiError ? err.statusCode : err.code === 'P2025' ? 404 : 500;
  errorCounts[status] = (errorCounts[status] ?? 0) + 1;
  res.status(status).json({
    success: false,
    message: status === 500 ? 'Internal Server Error' : err.message,
    ...(err.errors && { errors: err.errors }),
  });
};
