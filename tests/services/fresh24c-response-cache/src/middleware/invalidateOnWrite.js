const lastWrites = [];

function invalidateOnWrite(cache, prefixFor = (req) => req.baseUrl) {
  return (req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD') return next();
    res.on('finish', () => {
      if (res.statusCode >= 400) return;
      const dropped = cache.invalidate(prefixFor(req));
      lastWrites.push(`${req.method} ${req.originalUrl} -> ${dropped}`);
      if (lastWrites.length > 3) lastWrites.shift();
    });
    res.set('X-Last-Writes', lastWrites.join('; ') || 'none');
    next();
  };
}

module.exports = invalidateOnWrite;
module.exports.lastWrites = lastWrites;
