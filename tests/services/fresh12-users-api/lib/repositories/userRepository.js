class UserRepository {
  static instance;
  static {
    UserRepository.instance = new UserRepository();
  }

  #users = new Map();
  #seq = 0;

  create(data) {
    const user = { id: ++this.#seq, ...data, createdSeq: this.#seq, roles: ['member'] };
    this.#users.set(user.name, user);
    return user;
  }

  findByName(name) {
    return this.#users.get(name) ?? null;
  }

  update(name, patch) {
    const user = this.#users.get(name);
    if (!user) return null;
    Object.assign(user, patch);
    return user;
  }

  all() {
    return [...this.#users.values()];
  }
}

module.exports = UserRepository.instance;
