// Sessions in a Map, keyed by an id handed out in a signed cookie.
export class SessionStore {
  #sessions = new Map();
  #nextId = 100;
  #destroyed = 0;

  create(data = {}) {
    const id = `s${this.#nextId++}`;
    this.#sessions.set(id, { id, data: structuredClone(data), hits: 0 });
    return this.#sessions.get(id);
  }

  get(id) {
    return id ? this.#sessions.get(id) : undefined;
  }

  destroy(id) {
    if (this.#sessions.delete(id)) this.#destroyed++;
  }

  get stats() {
    return { live: this.#sessions.size, destroyed: this.#destroyed };
  }
}

export const store = new SessionStore();
let forged = 0;

export function session({ cookie = 'sid' } = {}) {
  return (req, res, next) => {
    const id = req.signedCookies?.[cookie];
    if (id === false) {
      forged++;
      return res.status(401).json({ error: 'bad session signature', forged });
    }
    let sess = store.get(id || undefined);
    if (!sess) {
      sess = store.create({ cart: [] });
      res.cookie(cookie, sess.id, { signed: true, httpOnly: true, sameSite: 'lax' });
    }
    sess.hits++;
    req.session = sess;
    next();
  };
}
