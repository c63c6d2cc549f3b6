import EventEmitter from 'events';
import { nextToken } from './tokens';

export class SessionStore extends EventEmitter {
  static #stores = 0;
  #sessions = new Map();
  #maxIdle;
  ticks = 0;

  constructor({ maxIdle = 5 } = {}) {
    super();
    this.#maxIdle = maxIdle;
    SessionStore.#stores++;
  }

  static get stores() {
    return SessionStore.#stores;
  }

  create(user) {
    const token = nextToken(user);
    const session = { user, cart: [], seen: this.ticks, views: 0 };
    this.#sessions.set(token, session);
    this.emit('created', user);
    return token;
  }

  touch(token) {
    this.ticks++;
    this.#sweep();
    const s = this.#sessions.get(token);
    if (!s) return null;
    s.seen = this.ticks;
    s.views++;
    return s;
  }

  destroy(token) {
    const s = this.#sessions.get(token);
    if (s) {
      this.#sessions.delete(token);
      this.emit('ended', s.user, 'logout');
    }
    return Boolean(s);
  }

  #sweep() {
    for (const [token, s] of this.#sessions) {
      if (this.ticks - s.seen > this.#maxIdle) {
        this.#sessions.delete(token);
        this.emit('ended', s.user, 'idle');
      }
    }
  }

  get size() {
    return this.#sessions.size;
  }
}

export default new SessionStore({ maxIdle: 4 });
