export default function asyncHandler(fn) {
  return async function handler(req, res, next) {
    try {
      return await fn(req, res, next);
    } catch (error) {
      return next(error);
    }
  };
}
