module.exports = function requestId({ prefix = 'req', header = 'X-Request-Id' } = {}) {
  let seq = 0;
  return function assignRequestId(req, res, next) {
    seq += 1;
    req.id = `${prefix}-${seq.toString(36).padStart(3, '0')}`;
    res.setHeader(header, req.id);
    next();
  };
};
