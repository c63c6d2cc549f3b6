'use strict';

const createError = require('http-errors');
const db = require('../lib/store');
const config = require('../config');
const lists = require('./listService');

const PRIORITY = { low: 1, normal: 2, high: 3 };

function add(listId, { text, priority = 'normal', tags = [] }) {
  const list = lists.get(listId);
  if (list.archived) throw createError(423, 'List is archived');
  const count = db.todos.where((t) => t.listId === list.id).length;
  if (count >= config.maxTodosPerList) {
    throw createError(422, `A list holds at most ${config.maxTodosPerList} todos`);
  }
  return db.todos.insert({ listId: list.id, text, priority, tags, done: false, position: count + 1 });
}

function page(listId, { page = 1, sort = 'position', done } = {}) {
  const list = lists.get(listId);
  let items = db.todos.where((t) => t.listId === list.id);
  if (done !== undefined) items = items.filter((t) => t.done === done);
  if (sort === 'priority') {
    items.sort((a, b) => PRIORITY[b.priority] - PRIORITY[a.priority] || a.id - b.id);
  } else {
    items.sort((a, b) => a.position - b.position);
  }
  const size = config.pageSize;
  const pages = Math.max(1, Math.ceil(items.length / size));
  return { page, pages, total: items.length, items: items.slice((page - 1) * size, page * size) };
}

function toggle(listId, id) {
  const todo = db.todos.find(id);
  if (!todo || todo.listId !== Number(listId)) throw createError(404, `Todo ${id} not found`);
  return db.todos.update(todo.id, { done: !todo.done });
}

function move(listId, id, to) {
  const list = lists.get(listId);
  const items = db.todos.where((t) => t.listId === list.id).sort((a, b) => a.position - b.position);
  const from = items.findIndex((t) => t.id === Number(id));
  if (from === -1) throw createError(404, `Todo ${id} not found`);
  const [moved] = items.splice(from, 1);
  items.splice(Math.min(to, items.length + 1) - 1, 0, moved);
  items.forEach((t, i) => db.todos.update(t.id, { position: i + 1 }));
  return items.map((t) => t.id);
}

function clearDone(listId) {
  const list = lists.get(listId);
  const done = db.todos.where((t) => t.listId === list.id && t.done);
  done.forEach((t) => db.todos.remove(t.id));
  return done.length;
}

module.exports = { add, page, toggle, move, clearDone };
