const transport = require('./transport');

const RETRYABLE = new Set(['ETIMEDOUT']);

async function withRetry(fn, { retries = 1 } = {}) {
  for (let attempt = 0; ; attempt++) {
    try {
      return { value: await fn(), attempts: attempt + 1 };
    } catch (err) {
      if (attempt >= retries || !RETRYABLE.has(err.code)) {
        err.attempts = attempt + 1;
        throw err;
      }
    }
  }
}

class Dispatcher {
  subscriptions = new Map(); // event type -> Set of targets
  deliveries = [];
  #eventSeq = 0;

  subscribe(type, target) {
    if (!this.subscriptions.has(type)) this.subscriptions.set(type, new Set());
    const targets = this.subscriptions.get(type);
    const added = !targets.has(target);
    targets.add(target);
    return added;
  }

  async dispatch(type, data) {
    const id = `evt_${++this.#eventSeq}`;
    const targets = [...(this.subscriptions.get(type) ?? [])];
    const results = await Promise.allSettled(
      targets.map((target) => withRetry(() => transport.post(target, { id, type, data }))),
    );
    const outcome = results.map((r, i) =>
      r.status === 'fulfilled'
        ? { target: targets[i], ok: true, attempts: r.value.attempts }
        : { target: targets[i], ok: false, attempts: r.reason.attempts, error: r.reason.code },
    );
    this.deliveries.push({ id, type, outcome });
    return { id, delivered: outcome.filter((o) => o.ok).length, failed: outcome.filter((o) => !o.ok).length, outcome };
  }
}

module.exports = new Dispatcher();
