// The todo store: module state changed through exported functions.
const todos = new Map();
let nextId = 1;
let changes = 0;

function add(title, tags = []) {
  const todo = { id: nextId++, title: title.trim(), done: false, tags: [...new Set(tags)] };
  todos.set(todo.id, todo);
  changes++;
  return todo;
}

function toggle(id) {
  const todo = todos.get(id);
  if (!todo) return null;
  todo.done = !todo.done;
  changes++;
  return todo;
}

function remove(id) {
  const existed = todos.delete(id);
  if (existed) changes++;
  return existed;
}

const list = ({ done, tag } = {}) => [...todos.values()]
  .filter((t) => done === undefined || t.done === done)
  .filter((t) => !tag || t.tags.includes(tag));

module.exports = { add, toggle, remove, list, stats: () => ({ total: todos.size, changes }) };
