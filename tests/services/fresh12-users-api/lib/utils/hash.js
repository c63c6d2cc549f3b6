const { createHash } = require('node:crypto');
const { promisify } = require('node:util');

// callback style, as an old helper would be
function hashPassword(password, salt, cb) {
  setImmediate(() => {
    if (typeof password !== 'string' || password.length < 4) return cb(new Error('password too short'));
    cb(null, createHash('sha256').update(`${salt}:${password}`).digest('hex').slice(0, 16));
  });
}

module.exports = { hashPassword, hashAsync: promisify(hashPassword) };
