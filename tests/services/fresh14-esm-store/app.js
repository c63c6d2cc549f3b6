// A todo store in ES modules: `export default new Store()`, reducers imported as a namespace and
// picked with `reducers[action.type]?.(...)`, action creators imported with `import * as` and called
// by name from the route, subscribers kept in a Set (one writes an exported `let` that other modules
// read through their live binding, one is removed by a request), and middleware wrapping dispatch.
import express from 'express';
import { fileURLToPath } from 'node:url';
import store from './store/index.js';
import * as actions from './store/actions.js';
import { lastChange, history, stopHistory } from './store/subscribers.js';
import todos from './routes/todos.js';

const app = express();
app.use(express.json());
app.use('/todos', todos);

app.post('/actions/:name', (req, res) => {
  const create = Object.hasOwn(actions, req.params.name) ? actions[req.params.name] : undefined;
  if (typeof create !== 'function') return res.status(404).json({ error: `no action ${req.params.name}` });
  const result = create(...(req.body.args ?? []));
  res.json({ result, lastChange });
});

app.delete('/subscribers/history', (req, res) => {
  res.json({ removed: stopHistory(), subscribers: store.subscriberCount });
});

app.get('/state', (req, res) => {
  res.json({ state: store.getState(), lastChange, history: history.slice(-4), dispatched: store.dispatched });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
