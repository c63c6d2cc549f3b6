'use strict';

// Records one request in the usage object it is handed.
function trackUsage(usage, method) {
  usage.requests += 1;
  if (method !== 'GET') usage.writes += 1;
  usage.byMethod[method] = (usage.byMethod[method] ?? 0) + 1;
}

module.exports = { trackUsage };
