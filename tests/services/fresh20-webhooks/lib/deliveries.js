const createRetrier = require('./retrier');
const subscribers = require('./subscribers');

const retrier = createRetrier({ baseMs: 20, factor: 3, maxAttempts: 3 });
const all = new Map();
const stats = { delivered: 0, retried: 0, dead: 0 };
let nextId = 1;

function attempt(delivery, sub, event) {
  const n = delivery.attempts.length + 1;
  const { ok, status } = subscribers.call(sub, event, delivery.idempotencyKey);
  delivery.attempts.push({ n, status, waitedMs: n === 1 ? 0 : retrier.backoff(n - 1) });
  if (ok) {
    delivery.status = 'delivered';
    stats.delivered++;
  } else if (n >= retrier.maxAttempts) {
    delivery.status = 'dead';
    stats.dead++;
  } else {
    delivery.status = 'retrying';
    stats.retried++;
    retrier.schedule(() => attempt(delivery, sub, event), n);
  }
}

exports.enqueue = (event, sub) => {
  const delivery = { id: nextId++, event: event.id, to: sub.name, status: 'pending', attempts: [], idempotencyKey: crypto.randomUUID() };
  all.set(delivery.id, delivery);
  setImmediate(attempt, delivery, sub, event);
  return delivery;
};

exports.get = (id) => {
  const found = all.get(id);
  if (!found) return undefined;
  const { idempotencyKey, ...rest } = found;
  return { ...rest, keyed: /^[0-9a-f-]{36}$/.test(idempotencyKey) };
};
exports.list = (status) => [...all.values()].filter((d) => !status || d.status === status).map(({ id, to, status: s }) => ({ id, to, status: s }));
exports.stats = stats;
Object.defineProperty(exports.stats, 'scheduled', { get: () => retrier.scheduled, enumerable: true });
