import { ctx } from '../context.js';
import { DomainError } from '../lib/errors.js';

export function authenticate({ sessions, clock }) {
  return async (req, res, next) => {
    try {
      const token = req.get('authorization')?.match(/^Bearer (\w+)$/)?.[1];
      if (!token) throw new DomainError('unauthenticated', 'sign in first', 401);
      const session = await sessions.resolve(token);
      if (!session) throw new DomainError('unauthenticated', 'session not found', 401);
      const context = ctx();
      const user = await context.loaders.users.load(session.userId);
      user.lastActiveAt = clock.iso();
      context.uow.touch('users', user);
      context.actor = user;
      req.actor = user;
      req.token = token;
      next();
    } catch (err) {
      next(err);
    }
  };
}
