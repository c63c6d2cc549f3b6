'use strict';

const bcrypt = require('bcryptjs');
const config = require('../config');
const { ConflictError, UnauthorizedError, NotFoundError, ForbiddenError } = require('../errors');
const { touch, applyPatch, sanitize } = require('../utils/entity');

const ROLES = ['user', 'moderator', 'admin'];

class UserService {
  #repo;
  #tokens;
  #logins = 0;
  #failures = new Map();

  constructor({ userRepository, tokenService }) {
    this.#repo = userRepository;
    this.#tokens = tokenService;
  }

  async register({ email, password, name }) {
    if (this.#repo.findByEmail(email)) throw new ConflictError(`email ${email} already registered`);
    const passwordHash = await bcrypt.hash(password, config.bcryptRounds);
    const role = this.#repo.count === 0 ? 'admin' : 'user';
    const user = this.#repo.create({ email, name, role, passwordHash });
    return sanitize(user);
  }

  async login({ email, password }) {
    const user = this.#repo.findByEmail(email);
    const ok = user ? await bcrypt.compare(password, user.passwordHash) : false;
    if (!ok) {
      this.#failures.set(email, (this.#failures.get(email) ?? 0) + 1);
      throw new UnauthorizedError('wrong email or password', { attempts: this.#failures.get(email) });
    }
    this.#failures.delete(email);
    this.#logins++;
    user.lastLoginNo = this.#logins;
    return { token: this.#tokens.issue(user), user: sanitize(user) };
  }

  authenticate(token) {
    const claims = this.#tokens.verify(token);
    const user = this.#repo.findById(claims.sub);
    if (!user || user.tokenVersion !== claims.ver) {
      this.#tokens.noteRejected();
      throw new UnauthorizedError('token revoked');
    }
    return user;
  }

  logoutEverywhere(user) {
    user.tokenVersion += 1;
    touch(user, user.id);
    return { tokenVersion: user.tokenVersion };
  }

  updateProfile(user, patch) {
    const changed = applyPatch(user, patch, ['name', 'bio']);
    if (changed.length) touch(user, user.id);
    return { changed, user: sanitize(user) };
  }

  changeRole(actor, id, role) {
    if (actor.role !== 'admin') throw new ForbiddenError('only admins change roles');
    if (!ROLES.includes(role)) throw new ConflictError(`unknown role ${role}`);
    const user = this.#repo.findById(id);
    if (!user) throw new NotFoundError('user', id);
    user.role = role;
    touch(user, actor.id);
    return sanitize(user);
  }

  list({ role, q, sort }) {
    let users = this.#repo.findAll((u) => (!role || u.role === role) && (!q || u.name.toLowerCase().includes(q.toLowerCase())));
    if (sort) {
      const desc = sort.startsWith('-');
      const key = desc ? sort.slice(1) : sort;
      users = users.toSorted((a, b) => String(a[key]).localeCompare(String(b[key])) * (desc ? -1 : 1));
    }
    return users.map(sanitize);
  }

  get stats() {
    return {
      users: this.#repo.count,
      logins: this.#logins,
      failures: Object.fromEntries(this.#failures),
      tokens: this.#tokens.stats,
    };
  }
}

module.exports = UserService;
