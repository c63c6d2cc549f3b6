const db = require('./db');
const { NotFound, ValidationError } = require('./errors');
const clock = require('./clock');

const normalizeTags = (tags) => [...new Set((tags ?? []).map((t) => String(t).trim().toLowerCase()).filter(Boolean))].sort();

function createTodo(ownerId, { title, tags }) {
  const todo = { id: db.nextId('todo'), ownerId, title: title.trim(), done: false, tags: normalizeTags(tags), createdAt: clock.tick() };
  db.todos.set(todo.id, todo);
  return todo;
}

function findOwnTodo(ownerId, id) {
  const todo = db.todos.get(id);
  if (!todo || todo.ownerId !== ownerId) throw new NotFound('todo');
  return todo;
}

function patchTodo(todo, patch) {
  const errors = [];
  if ('title' in patch && (typeof patch.title !== 'string' || !patch.title.trim())) errors.push('title must be a non-empty string');
  if ('done' in patch && typeof patch.done !== 'boolean') errors.push('done must be a boolean');
  if (errors.length) throw new ValidationError(errors);
  if (patch.title) todo.title = patch.title.trim();
  todo.done = patch.done ?? todo.done;
  if (patch.tags) todo.tags = normalizeTags(patch.tags);
  todo.updatedAt = clock.tick();
  return todo;
}

const publicUser = ({ passwordHash, ...user }) => user;

module.exports = { createTodo, findOwnTodo, patchTodo, normalizeTags, publicUser };
