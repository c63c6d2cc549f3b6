'use strict';

const crypto = require('node:crypto');
const InMemoryRepository = require('./InMemoryRepository');

const hashPassword = (password, salt) => crypto.createHash('sha256').update(`${salt}:${password}`).digest('hex');

function createRepos({ seedUsers = true } = {}) {
  const repos = {
    users: new InMemoryRepository('usr'),
    projects: new InMemoryRepository('prj'),
    memberships: new InMemoryRepository('mem'),
    issues: new InMemoryRepository('iss'),
    comments: new InMemoryRepository('cmt'),
    notifications: new InMemoryRepository('ntf'),
  };
  if (seedUsers) {
    for (const [username, password] of [['ada', 'lovelace'], ['grace', 'hopper'], ['linus', 'torvalds'], ['barbara', 'liskov']]) {
      const salt = username.split('').reverse().join('');
      repos.users.create({ username, salt, passwordHash: hashPassword(password, salt) });
    }
  }
  return repos;
}

module.exports = { createRepos, hashPassword };
