// Wraps an async route handler so a rejection reaches Express's error handler.
module.exports = function asyncHandler(fn) {
  return function wrapped(req, res, next) {
    return Promise.resolve(fn(req, res, next)).catch(next);
  };
};
