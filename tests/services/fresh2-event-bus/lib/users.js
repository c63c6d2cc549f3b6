const bus = require('./bus');

class UserDirectory {
  users = new Map();
  nextId = 1;

  create(name) {
    const user = { id: `u${this.nextId++}`, name };
    this.users.set(user.id, user);
    return { user, ...bus.publish('user.created', user) };
  }

  rename(id, name) {
    const user = this.users.get(id);
    if (!user) return null;
    const from = user.name;
    user.name = name;
    return { user, ...bus.publish('user.renamed', { id, from, to: name }) };
  }

  remove(id) {
    if (!this.users.delete(id)) return null;
    return bus.publish('user.deleted', { id });
  }
}

module.exports = new UserDirectory();
