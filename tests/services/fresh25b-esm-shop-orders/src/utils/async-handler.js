export const asyncHandler = (fn) =>
  function wrapped(req, res, next) {
    return Promise.resolve()
      .then(() => fn(req, res, next))
      .catch(next);
  };
