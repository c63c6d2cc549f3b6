// A todo list on a hand-written Redux store: state in createStore's closure,
// reducers rebuilding state with spreads, an undoable() wrapper keeping past and
// future, a logging middleware writing an audit trail, and a subscriber that
// counts changes and unsubscribes itself after a while.
const express = require('express');
const { createStore, combineReducers, applyMiddleware } = require('./store/create-store');
const reducers = require('./store/reducers');

const audit = [];
const logger = ({ getState }) => (next) => (action) => {
  const before = getState().todos.present.items.length;
  const result = next(action);
  audit.push(`${action.type}:${before}->${getState().todos.present.items.length}`);
  return result;
};

const store = createStore(combineReducers(reducers), undefined, applyMiddleware(logger));

const stats = { changes: 0, lastFilter: null };
const unsubscribe = store.subscribe(() => {
  stats.changes += 1;
  stats.lastFilter = store.getState().filter;
  if (stats.changes >= 8) unsubscribe();
});

const app = express();
app.use(express.json());

const visible = () => {
  const { todos, filter } = store.getState();
  const items = todos.present.items;
  if (filter === 'done') return items.filter((t) => t.done);
  if (filter === 'open') return items.filter((t) => !t.done);
  return items;
};

app.get('/todos', (req, res) => res.json({ filter: store.getState().filter, items: visible() }));

app.post('/todos', (req, res) => {
  const { text } = req.body ?? {};
  if (!text) return res.status(400).json({ error: 'text required' });
  store.dispatch({ type: 'todos/added', text });
  const { items } = store.getState().todos.present;
  res.status(201).json(items[items.length - 1]);
});

app.post('/todos/:id/toggle', (req, res) => {
  store.dispatch({ type: 'todos/toggled', id: Number(req.params.id) });
  res.json(store.getState().todos.present.items.find((t) => t.id === Number(req.params.id)) ?? null);
});

app.post('/actions/:type', (req, res) => {
  const map = { undo: { type: 'undo' }, redo: { type: 'redo' }, clear: { type: 'todos/cleared' } };
  const action = map[req.params.type] ?? { type: 'filter/set', value: req.params.type };
  store.dispatch(action);
  const { past, future } = store.getState().todos;
  res.json({ past: past.length, future: future.length, items: visible().map((t) => t.text) });
});

app.get('/audit', (req, res) => res.json({ audit, stats }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
