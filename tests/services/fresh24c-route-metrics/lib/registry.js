class RouteStats {
  count = 0;
  bytes = 0;
  statuses = {};

  record(status, bytes) {
    this.count++;
    this.bytes += bytes;
    this.statuses[status] = (this.statuses[status] || 0) + 1;
  }
}

const routes = new Map();
const gauge = { inFlight: 0, peak: 0 };

function begin() {
  gauge.inFlight++;
  gauge.peak = Math.max(gauge.peak, gauge.inFlight);
}

function end(key, status, bytes) {
  gauge.inFlight--;
  let stats = routes.get(key);
  if (!stats) {
    stats = new RouteStats();
    routes.set(key, stats);
  }
  stats.record(status, bytes);
}

function snapshot(extra = {}) {
  const byRoute = {};
  for (const [key, stats] of [...routes].sort(([a], [b]) => a.localeCompare(b))) byRoute[key] = { ...stats };
  const total = [...routes.values()].reduce((n, s) => n + s.count, 0);
  return { total, ...gauge, byRoute, ...extra };
}

function reset() {
  routes.clear();
  gauge.peak = gauge.inFlight;
}

module.exports = { begin, end, snapshot, reset };
