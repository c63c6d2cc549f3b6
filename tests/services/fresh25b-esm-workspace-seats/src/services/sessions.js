import { createHmac } from 'node:crypto';
import { DomainError } from '../lib/errors.js';

export function sessionService({ store, config }) {
  let issued = 0;
  return {
    async login(email) {
      const [user] = await store.scan('users', (u) => u.email === email.toLowerCase());
      if (!user) throw new DomainError('unknown_email', 'no account for that e-mail', 401);
      issued += 1;
      const token = createHmac('sha256', config.tokenSecret).update(`${user.id}:${issued}`).digest('hex').slice(0, 32);
      store.table('sessions').set(token, { id: token, token, userId: user.id });
      return { token, user: user.id };
    },
    async resolve(token) {
      const [session] = await store.scan('sessions', (s) => s.token === token);
      return session ?? null;
    },
    async logout(token) {
      return store.table('sessions').delete(token);
    },
  };
}
