export const asyncHandler = (fn) =>
  function wrapped(req, res, next) {
    return Promise.resolve(fn.call(this, req, res, next)).catch(next);
  };
