// A todo API backed by a hand-written Redux-like store (createStore/applyMiddleware/
// combineReducers in store/createStore.js): state, listeners and the composed dispatch live in
// closures; middleware assigns ids and logs actions into module state; subscribers keep derived
// counters and a change feed, one of them unsubscribes itself after three changes.
const express = require('express');
const { store, actionLog } = require('./store');

const app = express();
app.use(express.json());

const feed = [];
let renders = 0;
store.subscribe(() => { renders++; });

let last = store.getState().todos;
const unsubscribeFeed = store.subscribe(() => {
  const now = store.getState().todos;
  if (now !== last) {
    feed.push(now.length);
    last = now;
    if (feed.length === 3) unsubscribeFeed();
  }
});

const visible = ({ todos, filter }) =>
  filter === 'all' ? todos : todos.filter((t) => (filter === 'done' ? t.done : !t.done));

app.get('/todos', (req, res) => res.json({ filter: store.getState().filter, items: visible(store.getState()) }));

app.post('/todos', (req, res) => {
  store.dispatch({ type: 'todos/add', title: req.body.title });
  res.status(201).json(store.getState().todos.at(-1));
});

app.post('/todos/:id/toggle', (req, res) => {
  store.dispatch({ type: 'todos/toggle', id: Number(req.params.id) });
  res.json(store.getState().todos.find((t) => t.id === Number(req.params.id)));
});

app.put('/filter', (req, res) => {
  store.dispatch({ type: 'filter/set', value: req.body.value });
  res.json({ filter: store.getState().filter });
});

app.delete('/todos/done', (req, res) => {
  store.dispatch({ type: 'todos/clearDone' });
  res.json({ left: store.getState().todos.length });
});

app.get('/debug', (req, res) => res.json({ renders, feed, actions: actionLog }));

app.use((err, req, res, next) => res.status(err.status ?? 500).json({ error: err.message }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
