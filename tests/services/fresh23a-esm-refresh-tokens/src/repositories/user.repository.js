class UserRepository {
  #byId = new Map();
  #byEmail = new Map();
  #next = 1;

  add(email, passwordHash) {
    const user = { id: `u${this.#next++}`, email, passwordHash, failedLogins: 0, locked: false };
    this.#byId.set(user.id, user);
    this.#byEmail.set(email, user);
    return user;
  }

  byEmail(email) {
    return this.#byEmail.get(email);
  }

  byId(id) {
    return this.#byId.get(id);
  }
}

export const userRepository = new UserRepository();
