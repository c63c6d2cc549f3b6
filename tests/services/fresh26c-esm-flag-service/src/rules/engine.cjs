'use strict';
const { createHash } = require('node:crypto');

const stats = { evaluations: 0, byReason: {} };

function bucket(flagKey, userId) {
  const hex = createHash('sha1').update(`${flagKey}:${userId}`).digest('hex');
  return parseInt(hex.slice(0, 8), 16) % 100;
}

function matches(rule, context) {
  const value = context?.[rule.attr];
  return value !== undefined && rule.in.includes(value);
}

function evaluate(flag, context = {}) {
  stats.evaluations++;
  let result;
  if (!flag) result = { on: false, reason: 'missing' };
  else if (!flag.enabled) result = { on: false, reason: 'disabled' };
  else if (flag.rules.some((r) => matches(r, context))) result = { on: true, reason: 'rule' };
  else {
    const b = bucket(flag.key, context.userId ?? 'anonymous');
    result = { on: b < flag.rollout, reason: 'rollout', bucket: b };
  }
  stats.byReason[result.reason] = (stats.byReason[result.reason] ?? 0) + 1;
  return result;
}

module.exports = { evaluate, bucket, stats };
