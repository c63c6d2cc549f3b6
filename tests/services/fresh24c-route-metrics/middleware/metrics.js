const registry = require('../lib/registry');

module.exports = function metrics({ ignore = [] } = {}) {
  return function metricsMiddleware(req, res, next) {
    if (ignore.includes(req.path)) return next();
    registry.begin();

    let bytes = 0;
    const { write, end } = res;
    res.write = function (chunk, ...rest) {
      if (chunk) bytes += Buffer.byteLength(chunk);
      return write.call(this, chunk, ...rest);
    };
    res.end = function (chunk, ...rest) {
      if (chunk && typeof chunk !== 'function') bytes += Buffer.byteLength(chunk);
      return end.call(this, chunk, ...rest);
    };

    res.on('finish', () => {
      const route = req.route?.path ? `${req.baseUrl}${req.route.path}` : '(unmatched)';
      registry.end(`${req.method} ${route}`, res.statusCode, bytes);
    });
    next();
  };
};
