export function accessLog(logger) {
  const byStatus = new Map();
  return function accessLogMiddleware(req, res, next) {
    const { id } = req;
    res.on('finish', () => {
      byStatus.set(res.statusCode, (byStatus.get(res.statusCode) ?? 0) + 1);
      const route = req.route ? req.baseUrl + req.route.path : req.path;
      logger.info('done', { rid: id, status: res.statusCode, route, seenWithStatus: byStatus.get(res.statusCode) });
    });
    next();
  };
}
