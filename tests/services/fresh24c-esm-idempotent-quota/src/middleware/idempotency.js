export class IdempotencyStore {
  #records = new Map();
  #replays = 0;

  constructor({ keepHeaders = [] } = {}) {
    this.keepHeaders = keepHeaders;
  }

  lookup(key) {
    return this.#records.get(key);
  }

  begin(key, fingerprint) {
    const record = { state: 'pending', fingerprint };
    this.#records.set(key, record);
    return record;
  }

  complete(key, response) {
    Object.assign(this.#records.get(key), { state: 'done', ...response });
  }

  abandon(key) {
    this.#records.delete(key);
  }

  replayed() {
    this.#replays++;
  }

  summary() {
    return {
      replays: this.#replays,
      keys: [...this.#records].map(([key, r]) => `${key}:${r.state}:${r.status ?? '-'}`),
    };
  }
}

export function idempotency(store) {
  return (req, res, next) => {
    const key = req.get('idempotency-key');
    if (req.method !== 'POST' || !key) return next();

    const fingerprint = JSON.stringify(req.body ?? null);
    const existing = store.lookup(key);
    if (existing) {
      if (existing.fingerprint !== fingerprint) {
        return res.status(422).json({ error: 'Idempotency-Key reused with another body' });
      }
      if (existing.state === 'pending') return res.status(409).json({ error: 'original request still running' });
      store.replayed();
      res.set(existing.headers);
      res.set('Idempotent-Replayed', 'true');
      res.set('X-Idempotent-Replayed', 'true');
      return res.status(existing.status).json(existing.body);
    }

    store.begin(key, fingerprint);
    const json = res.json;
    res.json = function captureJson(body) {
      if (this.statusCode >= 500) {
        store.abandon(key);
      } else {
        const headers = {};
        for (const name of store.keepHeaders) {
          const value = this.get(name);
          if (value !== undefined) headers[name] = value;
        }
        store.complete(key, { status: this.statusCode, headers, body });
      }
      return json.call(this, body);
    };
    next();
  };
}
