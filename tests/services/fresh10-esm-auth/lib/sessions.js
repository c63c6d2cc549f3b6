import { EventEmitter } from 'node:events';
import { sign } from './crypto.js';

export class SessionStore extends EventEmitter {
  static #instance;
  #sessions = new Map();
  #counter = 0;

  static getInstance() {
    return (SessionStore.#instance ??= new SessionStore());
  }

  create(user) {
    const sid = `s${++this.#counter}`;
    const session = { sid, user: user.name, roles: [...user.roles], visits: 0 };
    this.#sessions.set(sid, session);
    this.emit('created', session);
    return sign({ sid, user: user.name });
  }

  get(sid) {
    return this.#sessions.get(sid);
  }

  destroy(sid) {
    const session = this.#sessions.get(sid);
    if (!session) return false;
    this.#sessions.delete(sid);
    this.emit('destroyed', session);
    return true;
  }

  get size() {
    return this.#sessions.size;
  }
}

export const audit = { created: 0, destroyed: 0, lastUser: null };

const store = SessionStore.getInstance();
store.on('created', (s) => {
  audit.created++;
  audit.lastUser = s.user;
});
store.on('destroyed', () => audit.destroyed++);
