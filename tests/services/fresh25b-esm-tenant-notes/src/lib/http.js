export const asyncHandler = (fn) => (req, res, next) => fn(req, res, next).catch(next);

export const pick = (obj, keys) => Object.fromEntries(keys.filter((k) => k in obj).map((k) => [k, obj[k]]));
