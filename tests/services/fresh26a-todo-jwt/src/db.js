// In-memory "database": users and todos, with id sequences.
class Db {
  users = new Map();      // id -> { id, email, name, passwordHash }
  byEmail = new Map();    // email -> id
  todos = new Map();      // id -> { id, ownerId, title, done, tags, createdAt }
  #seq = { user: 0, todo: 0 };

  nextId(kind) {
    this.#seq[kind] = (this.#seq[kind] ?? 0) + 1;
    return `${kind[0]}${this.#seq[kind]}`;
  }

  get counts() {
    return { users: this.users.size, todos: this.todos.size };
  }
}

module.exports = new Db();
