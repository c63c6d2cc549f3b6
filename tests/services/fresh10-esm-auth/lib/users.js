import { hashPassword } from './crypto.js';

const users = new Map();
const failures = new Map();

function addUser(name, password, roles = ['user']) {
  const salt = name.split('').reverse().join('');
  users.set(name, { name, salt, hash: hashPassword(password, salt), roles });
}

addUser('ada', 'lovelace', ['user', 'admin']);
addUser('bob', 'hunter2');

export function authenticate(name, password) {
  const user = users.get(name);
  if ((failures.get(name) ?? 0) >= 3) return { error: 'locked' };
  if (!user || user.hash !== hashPassword(password, user.salt)) {
    failures.set(name, (failures.get(name) ?? 0) + 1);
    return { error: 'invalid credentials', attempts: failures.get(name) };
  }
  failures.delete(name);
  return { user };
}

export const lockedOut = () => [...failures].filter(([, n]) => n >= 3).map(([name]) => name);
