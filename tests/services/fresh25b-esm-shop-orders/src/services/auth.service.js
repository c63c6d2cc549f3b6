import bcrypt from 'bcryptjs';
import { createHmac } from 'node:crypto';
import { conflict, unauthorized } from '../utils/errors.js';

export class AuthService {
  #sessions = new Map();
  #issued = 0;

  constructor({ customers, clock, env }) {
    this.customers = customers;
    this.clock = clock;
    this.env = env;
  }

  async register({ email, password, name }) {
    if (this.customers.filter((c) => c.email === email).length) throw conflict(`${email} is already registered`);
    const passwordHash = await bcrypt.hash(password, this.env.bcryptRounds);
    const customer = this.customers.save({ email, name, passwordHash, points: 0 });
    return { id: customer.id, email, name };
  }

  async login({ email, password }) {
    const customer = this.customers.filter((c) => c.email === email)[0];
    const ok = customer ? await bcrypt.compare(password, customer.passwordHash) : false;
    if (!ok) throw unauthorized('wrong email or password');
    this.#issued += 1;
    const token = `sess_${createHmac('sha256', this.env.sessionSecret).update(`${customer.id}:${this.#issued}`).digest('hex').slice(0, 24)}`;
    this.#sessions.set(token, { customerId: customer.id, expiresAt: this.#expiry() });
    return { token, customer: customer.id };
  }

  #expiry() {
    return this.clock.now() + this.env.sessionTtlMinutes * 60_000;
  }

  // sliding expiry: every authenticated request extends the session
  resolve(token) {
    const session = this.#sessions.get(token);
    if (!session) throw unauthorized('unknown session');
    if (session.expiresAt <= this.clock.now()) {
      this.#sessions.delete(token);
      throw unauthorized('session expired');
    }
    session.expiresAt = this.#expiry();
    return this.customers.get(session.customerId);
  }

  get activeSessions() {
    return [...this.#sessions.values()].filter((s) => s.expiresAt > this.clock.now()).length;
  }
}
