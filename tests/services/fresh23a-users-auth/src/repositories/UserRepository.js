'use strict';

class UserRepository {
  #users = new Map();
  #byEmail = new Map();
  #seq = 0;

  create(data) {
    const id = `u${++this.#seq}`;
    const user = { id, ...data, revision: 0, tokenVersion: 0 };
    this.#users.set(id, user);
    this.#byEmail.set(user.email, id);
    return user;
  }

  findById(id) {
    return this.#users.get(id) ?? null;
  }

  findByEmail(email) {
    const id = this.#byEmail.get(email);
    return id ? this.#users.get(id) : null;
  }

  findAll(predicate = () => true) {
    return [...this.#users.values()].filter(predicate);
  }

  get count() {
    return this.#users.size;
  }
}

// one shared instance for the whole process
module.exports = new UserRepository();
