'use strict';

// In-memory persistence until the Postgres migration lands.
class TodoStore {
  #todos = new Map();
  #nextId = 1;
  #history = [];

  create({ title, tags = [], owner }) {
    const todo = { id: String(this.#nextId++), title, done: false, tags: [...tags], owner, revision: 1 };
    this.#todos.set(todo.id, todo);
    this.#record('create', todo);
    return todo;
  }

  find(id) {
    return this.#todos.get(id) ?? null;
  }

  list({ done, tag } = {}) {
    let items = [...this.#todos.values()];
    if (typeof done === 'boolean') items = items.filter((t) => t.done === done);
    if (tag) items = items.filter((t) => t.tags.includes(tag));
    return items;
  }

  update(id, patch) {
    const todo = this.#todos.get(id);
    if (!todo) return null;
    Object.assign(todo, patch);
    todo.revision += 1;
    this.#record('update', todo);
    return todo;
  }

  remove(id) {
    const todo = this.#todos.get(id);
    if (!todo) return false;
    this.#todos.delete(id);
    this.#record('delete', todo);
    return true;
  }

  get history() {
    return this.#history.slice(-5);
  }

  #record(action, todo) {
    this.#history.push({ action, todoId: todo.id, revision: todo.revision });
  }
}

module.exports = new TodoStore();
