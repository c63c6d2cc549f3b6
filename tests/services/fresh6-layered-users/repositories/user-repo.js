const { tables, nextId } = require('../db');
const User = require('../models/user');

class UserRepo {
  create(data) {
    const user = new User({ ...data, id: nextId('users') });
    tables.users.set(user.id, user);
    return user;
  }

  findById(id) {
    return tables.users.get(id) || null;
  }

  findByEmail(email) {
    for (const user of tables.users.values()) {
      if (user.email === email.toLowerCase()) return user;
    }
    return null;
  }

  list({ offset = 0, limit = 10 } = {}) {
    return Array.from(tables.users.values()).slice(offset, offset + limit);
  }

  count() {
    return tables.users.size;
  }

  update(id, fields) {
    const user = this.findById(id);
    if (!user) return null;
    Object.assign(user, fields);
    return user;
  }

  delete(id) {
    return tables.users.delete(id);
  }
}

module.exports = new UserRepo();
