import bcrypt from 'bcryptjs';
import { config } from '../config.js';
import { conflict, unauthorized } from '../errors.js';

const users = new Map(); // username -> user
let nextId = 1;

export async function register({ username, password }) {
  const key = username.toLowerCase();
  if (users.has(key)) throw conflict(`username ${username} is taken`);
  const passwordHash = await bcrypt.hash(password, config.bcryptRounds);
  const user = {
    id: nextId++,
    username: key,
    role: users.size === 0 ? 'admin' : 'member', // the first account administers
    passwordHash,
    tokenVersion: 0,
    logins: 0,
  };
  users.set(key, user);
  return publicUser(user);
}

export async function verify({ username, password }) {
  const user = users.get(username.toLowerCase());
  // compare anyway so that timing does not tell which usernames exist
  const ok = await bcrypt.compare(password, user?.passwordHash ?? '$2a$06$invalidinvalidinvalidinvalidinvalidinvalidinvalidin');
  if (!user || !ok) throw unauthorized('bad username or password');
  user.logins += 1;
  return user;
}

export function byId(id) {
  for (const user of users.values()) if (user.id === id) return user;
  return undefined;
}

export function revokeAll(user) {
  user.tokenVersion += 1;
}

export function list() {
  return [...users.values()].map(publicUser);
}

export function publicUser({ id, username, role, logins }) {
  return { id, username, role, logins };
}
