import bcrypt from 'bcryptjs';
import { config } from '../config/index.js';
import { AppError, AuthError, LockedError } from '../errors/AuthError.js';

export class AuthService {
  constructor({ users, tokens, store }) {
    this.users = users;
    this.tokens = tokens;
    this.store = store;
  }

  async register({ email, password }) {
    if (this.users.byEmail(email)) throw new AppError('email already registered', 409, 'EMAIL_TAKEN');
    const user = this.users.add(email, await bcrypt.hash(password, config.saltRounds));
    return { id: user.id, email: user.email };
  }

  async login({ email, password }) {
    const user = this.users.byEmail(email);
    if (user?.locked) throw new LockedError(email);
    const ok = user ? await bcrypt.compare(password, user.passwordHash) : false;
    if (!ok) {
      if (user && ++user.failedLogins >= config.maxFailedLogins) user.locked = true;
      throw new AuthError('invalid email or password');
    }
    user.failedLogins = 0;
    return this.tokens.issueFor(user);
  }

  unlock(email) {
    const user = this.users.byEmail(email);
    if (!user) throw new AppError('no such user', 404, 'NOT_FOUND');
    Object.assign(user, { locked: false, failedLogins: 0 });
    return { email, locked: user.locked };
  }

  profile(userId) {
    const { passwordHash, ...user } = this.users.byId(userId);
    return { ...user, sessions: this.store.activeFor(userId).map((f) => ({ id: f.id, rotations: f.rotations })) };
  }
}
