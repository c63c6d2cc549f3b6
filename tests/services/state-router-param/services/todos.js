const todos = [
  { id: 1, title: 'write docs', done: false, tags: [] },
  { id: 2, title: 'fix bug', done: false, tags: ['urgent'] },
];
let nextId = 3;

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

exports.find = (id) => todos.find((t) => t.id === id);
exports.list = () => todos;
exports.create = (title) => {
  const todo = { id: nextId++, title, done: false, tags: [] };
  todos.push(todo);
  return todo;
};

// pretend to notify a search index before tagging
exports.tag = async (todo, tag) => {
  await wait(2);
  if (!todo.tags.includes(tag)) todo.tags.push(tag);
  return todo.tags.length;
};
