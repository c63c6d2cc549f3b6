import bcrypt from 'bcryptjs';
import jwt from 'jsonwebtoken';
import { NoAuth } from '../lib/errors.js';

export function createAuthService({ repos, config }) {
  const revokedBefore = new Map(); // user id -> token generation

  return {
    async login(tenant, username, password) {
      const user = repos.users.list(tenant, (u) => u.username === username)[0];
      if (!user || !(await bcrypt.compare(password, user.hash))) throw new NoAuth('bad credentials');
      const gen = revokedBefore.get(user.id) ?? 0;
      const token = jwt.sign({ sub: user.id, tid: tenant, role: user.role, gen }, config.jwtSecret, { noTimestamp: true });
      return { token, user: { id: user.id, username, role: user.role } };
    },

    verify(token) {
      try {
        const claims = jwt.verify(token, config.jwtSecret);
        if ((revokedBefore.get(claims.sub) ?? 0) !== claims.gen) throw new NoAuth('token revoked');
        const user = repos.users.find(claims.tid, claims.sub);
        if (!user) throw new NoAuth('user gone');
        return { tenant: claims.tid, userId: user.id, username: user.username, role: user.role };
      } catch (err) {
        if (err instanceof NoAuth) throw err;
        throw new NoAuth(`invalid token (${err.message})`);
      }
    },

    revokeAll(userId) {
      const gen = (revokedBefore.get(userId) ?? 0) + 1;
      revokedBefore.set(userId, gen);
      return gen;
    },
  };
}
