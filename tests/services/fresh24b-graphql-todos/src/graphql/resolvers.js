'use strict';
const { GraphQLError } = require('graphql');
const todos = require('../store/todoStore');

let operations = 0;

function requireTodo(id) {
  const todo = todos.find(id);
  if (!todo) {
    throw new GraphQLError(`Todo ${id} not found`, { extensions: { code: 'NOT_FOUND' } });
  }
  return todo;
}

const root = {
  todos: (args) => {
    operations++;
    return todos.list(args);
  },
  todo: ({ id }) => {
    operations++;
    return todos.find(id);
  },
  stats: () => {
    operations++;
    const all = todos.list();
    const byTag = new Map();
    for (const t of all) for (const tag of t.tags) byTag.set(tag, (byTag.get(tag) || 0) + 1);
    const done = all.filter((t) => t.done).length;
    return {
      total: all.length,
      done,
      open: all.length - done,
      byTag: [...byTag].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag)),
    };
  },
  history: () => todos.history,
  operations: () => operations,

  addTodo: ({ input }, context) => {
    operations++;
    const title = input.title.trim();
    if (!title) throw new GraphQLError('Title must not be empty', { extensions: { code: 'BAD_USER_INPUT' } });
    return todos.create({ title, tags: input.tags ?? [], owner: context.user });
  },
  toggleTodo: ({ id }) => {
    operations++;
    const todo = requireTodo(id);
    return todos.update(id, { done: !todo.done });
  },
  renameTodo: ({ id, title }) => {
    operations++;
    requireTodo(id);
    return todos.update(id, { title });
  },
  deleteTodo: ({ id }) => {
    operations++;
    return todos.remove(id);
  },
};

module.exports = root;
