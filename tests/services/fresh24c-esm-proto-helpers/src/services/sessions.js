class SessionStore {
  #byToken = new Map();
  #issued = 0;

  open(name) {
    const token = `tok-${name}-${++this.#issued}`;
    this.#byToken.set(token, { token, name, seen: 0 });
    return token;
  }

  find(token) {
    return this.#byToken.get(token);
  }

  async touch(token) {
    await Promise.resolve();
    const session = this.#byToken.get(token);
    if (session) session.seen++;
    return session;
  }

  close(token) {
    return this.#byToken.delete(token);
  }
}

export const sessions = new SessionStore();
