// Counts finished responses per route and status class, after they are sent.
function routeStats() {
  const byRoute = {};
  let finished = 0;

  function middleware(req, res, next) {
    res.on('finish', () => {
      finished++;
      const route = `${req.method} ${req.route?.path ?? '(unmatched)'}`;
      const bucket = (byRoute[route] ??= { total: 0 });
      bucket.total++;
      const cls = `${Math.floor(res.statusCode / 100)}xx`;
      bucket[cls] = (bucket[cls] ?? 0) + 1;
    });
    next();
  }

  const report = () => ({ finished, byRoute });
  return { middleware, report };
}

module.exports = routeStats;
