'use strict';
// kept from the v0 collector, still CommonJS
const INVALID = /[^a-zA-Z0-9_:]/g;

function metricName(prefix, raw) {
  const clean = String(raw).replace(INVALID, '_').replace(/_+/g, '_');
  return /^[a-zA-Z_:]/.test(clean) ? prefix + clean : `${prefix}_${clean}`;
}

let rejected = 0;
function checkLabels(allowed, labels = {}) {
  const bad = Object.keys(labels).filter((k) => !allowed.includes(k));
  if (bad.length) rejected++;
  return bad;
}

module.exports = { metricName, checkLabels, rejectedCount: () => rejected };
