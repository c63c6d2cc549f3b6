class Roles extends Set {
  granted = 0;

  grant(role) {
    if (role && !this.has(role)) {
      this.add(role);
      this.granted++;
    }
    return this;
  }
}

class SessionStore extends Map {
  writes = 0;
  #byUser = new Map();
  #timers = new Map();
  #issued = 0;

  set(token, session) {
    this.writes++;
    return super.set(token, session);
  }

  open(user, roles, idleMs) {
    const token = `t${++this.#issued}`;
    const session = { user, roles, hits: 0, idleMs };
    this.set(token, session);
    (this.#byUser.get(user) ?? this.#byUser.set(user, []).get(user)).push(token);
    this.#arm(token);
    return { token, session };
  }

  #arm(token) {
    clearTimeout(this.#timers.get(token));
    this.#timers.set(token, setTimeout(() => this.close(token, 'idle'), this.get(token).idleMs));
  }

  touch(token) {
    const session = this.get(token);
    if (!session) return undefined;
    session.hits++;
    this.#arm(token);
    return session;
  }

  close(token, why = 'logout') {
    const session = this.get(token);
    if (!session) return false;
    clearTimeout(this.#timers.get(token));
    this.#timers.delete(token);
    this.delete(token);
    const tokens = this.#byUser.get(session.user);
    tokens.splice(tokens.indexOf(token), 1);
    if (why === 'idle') require('./activity').log.push({ type: 'expired', user: session.user });
    return true;
  }

  users() {
    return Object.fromEntries([...this.#byUser].filter(([, t]) => t.length).map(([u, t]) => [u, t.length]));
  }
}

module.exports = { sessions: new SessionStore(), Roles };
