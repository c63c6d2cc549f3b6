const crypto = require('crypto');
const createError = require('http-errors');
const { LRUCache } = require('lru-cache');
const logger = require('../lib/logger');
const clock = require('../lib/clock');

const PLANS = { free: 3, pro: 10 };
const clients = new Map(); // key -> { name, plan, created }
const archived = new Map(); // key -> usage that was evicted from the hot cache
const counters = { issued: 0, evicted: 0 };

// hot usage counters for the most recently used keys; evicted ones are archived
const usage = new LRUCache({
  max: 2,
  dispose(value, key, reason) {
    if (reason === 'evict') {
      counters.evicted += 1;
      archived.set(key, value);
      logger.warn('usage evicted', { key });
    }
  },
});

function issue(name, plan = 'free') {
  if (!PLANS[plan]) throw createError(400, `unknown plan ${plan}`);
  counters.issued += 1;
  const key = `k_${crypto.createHash('sha256').update(`${name}:${counters.issued}`).digest('hex').slice(0, 10)}`;
  clients.set(key, { name, plan, created: clock.now().format('YYYY-MM-DD') });
  logger.info('key issued', { key });
  return { key, ...clients.get(key) };
}

function usageOf(key) {
  let record = usage.get(key);
  if (!record) {
    record = archived.get(key) ?? { window: clock.window(), calls: 0 };
    archived.delete(key);
    usage.set(key, record);
  }
  if (record.window !== clock.window()) {
    record.window = clock.window();
    record.calls = 0;
  }
  return record;
}

function consume(key) {
  const client = clients.get(key);
  if (!client) throw createError(401, 'unknown API key');
  const record = usageOf(key);
  const limit = PLANS[client.plan];
  if (record.calls >= limit) {
    logger.warn('quota exceeded', { key });
    throw createError(429, `quota of ${limit} calls for ${record.window} used`);
  }
  record.calls += 1;
  return { remaining: limit - record.calls, window: record.window };
}

function upgrade(key, plan) {
  const client = clients.get(key);
  if (!client) throw createError(404, 'no such key');
  if (!PLANS[plan]) throw createError(400, `unknown plan ${plan}`);
  client.plan = plan;
  logger.info('plan changed', { key });
  return { key, ...client };
}

function report() {
  return {
    counters,
    hot: [...usage.entries()].map(([key, v]) => ({ key, ...v })),
    archived: Object.fromEntries(archived),
  };
}

module.exports = { issue, consume, upgrade, report };
