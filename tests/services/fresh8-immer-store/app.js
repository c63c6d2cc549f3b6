// A todo store kept as immutable snapshots: immer's produce makes each next state (auto-frozen,
// structurally shared with the previous one), its patches and inverse patches give undo and
// redo, and ramda answers the queries (filter, sortBy, groupBy, countBy, pipe, evolve).
const express = require('express');
const { produce, enablePatches, applyPatches, isDraft } = require('immer');
const R = require('ramda');

enablePatches();

let state = { todos: [], nextId: 1, owner: { name: 'team', since: '2025-01-01' } };
const past = [];
const future = [];
const snapshots = [state];
let draftsSeen = 0;

function update(recipe) {
  let forward;
  let backward;
  state = produce(state, (draft) => {
    if (isDraft(draft)) draftsSeen += 1;
    recipe(draft);
  }, (patches, inverse) => {
    forward = patches;
    backward = inverse;
  });
  if (forward.length) {
    past.push({ forward, backward });
    future.length = 0;
    snapshots.push(state);
  }
  return forward;
}

const byPriority = R.sortBy(R.prop('priority'));
const summary = R.pipe(R.countBy(R.ifElse(R.prop('done'), R.always('done'), R.always('open'))), R.mergeRight({ done: 0, open: 0 }));

const app = express();
app.use(express.json());

app.post('/todos', (req, res) => {
  const patches = update((draft) => {
    draft.todos.push({ id: draft.nextId, title: req.body.title, priority: req.body.priority || 3, done: false, tags: [] });
    draft.nextId += 1;
  });
  res.status(201).json({ patches, count: state.todos.length });
});

app.post('/todos/:id/toggle', (req, res) => {
  const id = Number(req.params.id);
  const patches = update((draft) => {
    const todo = draft.todos.find((t) => t.id === id);
    if (todo) todo.done = !todo.done;
  });
  res.json({ patches });
});

app.post('/todos/:id/tags', (req, res) => {
  const id = Number(req.params.id);
  const patches = update((draft) => {
    const todo = draft.todos.find((t) => t.id === id);
    if (todo) todo.tags = R.uniq([...todo.tags, ...req.body.tags]);
  });
  res.json({ patches });
});

app.delete('/todos/done', (req, res) => {
  const patches = update((draft) => {
    draft.todos = draft.todos.filter((t) => !t.done);
  });
  res.json({ removed: patches.length, left: state.todos.length });
});

app.post('/undo', (req, res) => {
  const step = past.pop();
  if (!step) return res.status(409).json({ error: 'nothing to undo' });
  state = applyPatches(state, step.backward);
  future.push(step);
  res.json({ todos: state.todos.map(R.pick(['id', 'title', 'done'])), past: past.length, future: future.length });
});

app.post('/redo', (req, res) => {
  const step = future.pop();
  if (!step) return res.status(409).json({ error: 'nothing to redo' });
  state = applyPatches(state, step.forward);
  past.push(step);
  res.json({ todos: state.todos.map(R.pick(['id', 'title', 'done'])), past: past.length, future: future.length });
});

app.get('/todos', (req, res) => {
  const wanted = req.query.done === undefined ? R.T : R.propEq(req.query.done === 'true', 'done');
  res.json(R.pipe(R.filter(wanted), byPriority, R.map(R.evolve({ title: R.toUpper })))(state.todos));
});

app.get('/report', (req, res) => {
  const tags = R.pipe(R.chain(R.prop('tags')), R.countBy(R.identity))(state.todos);
  const groups = R.map(R.map(R.prop('id')), R.groupBy((t) => `p${t.priority}`, state.todos));
  res.json({ summary: summary(state.todos), tags, groups, owner: state.owner });
});

app.get('/sharing', (req, res) => {
  const first = snapshots[0];
  const previous = snapshots[snapshots.length - 2] || first;
  res.json({
    snapshots: snapshots.length,
    frozen: Object.isFrozen(state) && Object.isFrozen(state.todos),
    ownerShared: previous.owner === state.owner,
    firstTodoShared: previous.todos[0] === state.todos[0],
    firstUntouched: first.todos.length,
    draftsSeen,
  });
});

app.put('/owner', (req, res) => {
  try {
    state.owner.name = req.body.name;
    res.json({ changed: true });
  } catch (e) {
    res.status(409).json({ error: e.constructor.name, frozen: Object.isFrozen(state.owner), name: state.owner.name });
  }
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
