'use strict';

const createError = require('http-errors');
const db = require('../lib/store');

function create({ title, color = 'grey' }) {
  const dup = db.lists.where((l) => l.title.toLowerCase() === title.toLowerCase());
  if (dup.length) throw createError(409, `A list named "${title}" already exists`);
  return db.lists.insert({ title, color, archived: false });
}

function get(id) {
  const list = db.lists.find(id);
  if (!list) throw createError(404, `List ${id} not found`);
  return list;
}

function summary(list) {
  const items = db.todos.where((t) => t.listId === list.id);
  const done = items.filter((t) => t.done).length;
  return { ...list, total: items.length, done, progress: items.length ? Math.round((done / items.length) * 100) : 0 };
}

function all({ includeArchived = false } = {}) {
  return db.lists.where((l) => includeArchived || !l.archived).map(summary);
}

function archive(id) {
  const list = get(id);
  if (list.archived) throw createError(409, 'List already archived');
  return db.lists.update(list.id, { archived: true });
}

module.exports = { create, get, all, archive, summary };
