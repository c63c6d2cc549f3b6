const { createHash } = require('node:crypto');

const sessions = new Map();
let issued = 0;

exports.issue = (user) => {
  issued += 1;
  const token = createHash('sha256').update(`${user.name}#${issued}`).digest('hex').slice(0, 12);
  sessions.set(token, { name: user.name, n: issued });
  return token;
};

exports.lookup = (token) => sessions.get(token);
exports.revoke = (token) => sessions.delete(token);
exports.count = () => sessions.size;
