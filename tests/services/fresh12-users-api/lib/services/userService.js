const createError = require('http-errors');
const repo = require('../repositories/userRepository');
const sessions = require('./sessionStore');
const { hashAsync } = require('../utils/hash');

const SALT = 'pepper';

async function register({ name, password } = {}) {
  if (!name) throw createError(400, 'name required');
  if (repo.findByName(name)) throw createError(409, `user ${name} exists`);
  let hash;
  try {
    hash = await hashAsync(password, SALT);
  } catch (err) {
    throw createError(422, err.message);
  }
  const { hash: _omit, ...user } = repo.create({ name, hash });
  return user;
}

async function login({ name, password } = {}) {
  const user = repo.findByName(name);
  const hash = await hashAsync(password ?? '', SALT).catch(() => null);
  if (!user || user.hash !== hash) throw createError(401, 'bad credentials', { user: name });
  return { token: sessions.issue(user) };
}

function promote(name, role) {
  const user = repo.findByName(name);
  if (!user) throw createError(404, 'no such user');
  if (!user.roles.includes(role)) user.roles.push(role);
  return user.roles;
}

module.exports = { register, login, promote };
