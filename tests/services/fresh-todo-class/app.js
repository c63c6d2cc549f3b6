// A todo store as an ES class with private fields, a static factory, getters and a
// setter; an express.Router in the same file with a custom Error subclass and an
// error-handling middleware that maps it to a status.
const express = require('express');

class HttpError extends Error {
  constructor(status, message, details) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.details = details;
  }
}

class TodoStore {
  #items = new Map();
  #nextId = 1;
  #title = 'My list';

  static withDefaults(titles = []) {
    const store = new TodoStore();
    titles.forEach((t) => store.add(t));
    return store;
  }

  add(title, { priority = 'normal' } = {}) {
    const todo = { id: this.#nextId++, title, priority, done: false };
    this.#items.set(todo.id, todo);
    return todo;
  }

  get(id) {
    const todo = this.#items.get(id);
    if (!todo) throw new HttpError(404, `todo ${id} not found`);
    return todo;
  }

  toggle(id) {
    const todo = this.get(id);
    todo.done = !todo.done;
    return todo;
  }

  remove(id) {
    this.get(id);
    this.#items.delete(id);
  }

  get all() {
    return [...this.#items.values()];
  }

  get remaining() {
    return this.all.filter((t) => !t.done).length;
  }

  get title() {
    return this.#title;
  }

  set title(value) {
    if (!value?.trim()) throw new HttpError(422, 'title must not be empty');
    this.#title = value.trim();
  }
}

const store = TodoStore.withDefaults(['buy milk']);
const router = express.Router();

router.get('/', (req, res) => {
  res.json({ title: store.title, remaining: store.remaining, todos: store.all });
});

router.post('/', (req, res) => {
  const { title, priority } = req.body ?? {};
  if (typeof title !== 'string' || title.length === 0) {
    throw new HttpError(400, 'invalid todo', { field: 'title' });
  }
  res.status(201).json(store.add(title, { priority }));
});

router.patch('/:id/toggle', (req, res) => {
  res.json(store.toggle(Number(req.params.id)));
});

router.delete('/:id', (req, res) => {
  store.remove(Number(req.params.id));
  res.status(204).end();
});

router.put('/title', (req, res) => {
  store.title = req.body?.title;
  res.json({ title: store.title });
});

const app = express();
app.use(express.json());
app.use('/api/todos', router);

app.use((err, req, res, next) => {
  if (err instanceof HttpError) {
    return res.status(err.status).json({ error: err.message, ...(err.details && { details: err.details }) });
  }
  next(err);
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
