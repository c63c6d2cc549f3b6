'use strict';

class TodoRepository {
  #todos = [];
  #seq = 0;

  create({ title, tags = [] }) {
    const todo = { id: ++this.#seq, title, tags, done: false };
    this.#todos.push(todo);
    return todo;
  }

  find(id) {
    return this.#todos.find((t) => t.id === id);
  }

  hasTitle(title) {
    return this.#todos.some((t) => t.title.toLowerCase() === String(title).toLowerCase());
  }

  list({ done, tag, offset = 0, limit = 10 } = {}) {
    const matching = this.#todos.filter((t) => (done === undefined || t.done === done) && (!tag || t.tags.includes(tag)));
    return { total: matching.length, items: matching.slice(offset, offset + limit) };
  }

  toggle(id) {
    const todo = this.find(id);
    if (todo) todo.done = !todo.done;
    return todo;
  }

  remove(id) {
    const at = this.#todos.findIndex((t) => t.id === id);
    return at === -1 ? null : this.#todos.splice(at, 1)[0];
  }

  get count() {
    return this.#todos.length;
  }

  get stats() {
    const done = this.#todos.filter((t) => t.done).length;
    return { total: this.#todos.length, done, open: this.#todos.length - done };
  }
}

module.exports = TodoRepository;
