'use strict';
const crypto = require('node:crypto');

const hash = (password) => crypto.createHash('sha256').update(`pepper:${password}`).digest('hex');

const users = new Map([
  ['alice', { username: 'alice', passwordHash: hash('wonderland'), logins: 0 }],
  ['bob', { username: 'bob', passwordHash: hash('builder'), logins: 0 }],
]);

exports.authorise = async (username, password) => {
  const user = users.get(username);
  if (!user || user.passwordHash !== hash(password)) return null;
  user.logins += 1;
  return user;
};

exports.find = (username) => users.get(username);
