const { v5: uuidv5 } = require('uuid');
const config = require('../config');

const users = new Map();

module.exports = {
  findOrCreate(email) {
    if (!users.has(email)) {
      users.set(email, { id: uuidv5(email, config.userNamespace), email, logins: 0, createdOrder: users.size + 1 });
    }
    return users.get(email);
  },
  get: (email) => users.get(email),
  count: () => users.size,
};
