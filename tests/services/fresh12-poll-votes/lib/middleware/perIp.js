const counts = new Map();

module.exports = {
  perIp(req, res, next) {
    counts.set(req.ip, (counts.get(req.ip) ?? 0) + 1);
    next();
  },
  ipCounts: () => Object.fromEntries(counts),
};
