// A kanban board as people write one quickly: card objects reached through shallow copies and
// derived arrays and changed there (`{ ...board }.columns`, `Object.values(...).flat().find()`,
// `[...members.values()].at(-1)`, `Object.entries(counters).forEach(([, c]) => c.n++)`, `const [first] =`,
// `Array.from(map.values(), fn)`), a destructuring default that hands out the module's own default
// labels array (pushed into by a later request, as in Node), and a version bumped in a `.then`.
'use strict';
const express = require('express');
const { board, DEFAULT_LABELS, newId } = require('./board');

const app = express();
app.use(express.json());

const allCards = () => Object.values(board.columns).flat();

app.post('/cards', (req, res) => {
  const { title, labels = DEFAULT_LABELS, column = 'todo' } = req.body ?? {};
  const view = { ...board };
  const card = { id: newId(), title, labels, votes: 0 };
  view.columns[column].push(card);
  board.counters.created.n++;
  res.status(201).json(card);
});

app.post('/cards/:id/labels', (req, res) => {
  const card = allCards().find((c) => c.id === Number(req.params.id));
  if (!card) return res.status(404).json({ error: 'no card' });
  card.labels.push(req.body.label);
  res.json({ card, defaults: DEFAULT_LABELS });
});

app.post('/cards/:id/vote', (req, res) => {
  const card = allCards().find((c) => c.id === Number(req.params.id));
  if (!card) return res.status(404).json({ error: 'no card' });
  card.votes += 1;
  Object.entries(board.counters)
    .filter(([name]) => name === 'voted')
    .forEach(([, counter]) => counter.n++);
  res.json({ id: card.id, votes: card.votes });
});

app.post('/columns/:from/advance', (req, res) => {
  const order = ['todo', 'doing', 'done'];
  const to = order[order.indexOf(req.params.from) + 1];
  const [first] = board.columns[req.params.from] ?? [];
  if (!first || !to) return res.status(409).json({ error: 'nothing to move' });
  board.columns[req.params.from].shift();
  board.columns[to].push(first);
  first.movedTo = to;
  const { moved } = board.counters;
  moved.n++;
  res.json({ moved: first.id, to });
});

app.post('/members', (req, res) => {
  const { name } = req.body ?? {};
  board.members.set(name, { name, joined: board.members.size + 1, cards: 0 });
  const newest = [...board.members.values()].at(-1);
  newest.cards = allCards().length;
  res.status(201).json(newest);
});

app.post('/members/touch', (req, res) => {
  const names = Array.from(board.members.values(), (m) => {
    m.touched = (m.touched ?? 0) + 1;
    return m.name;
  });
  res.json({ names });
});

app.post('/publish', (req, res) => {
  Promise.resolve(board)
    .then((b) => {
      b.version += 1;
      return b.version;
    })
    .then((version) => res.json({ version }));
});

app.get('/board', (req, res) => {
  res.json({
    version: board.version,
    columns: Object.fromEntries(Object.entries(board.columns).map(([k, cards]) => [k, cards.map((c) => `${c.id}:${c.title}`)])),
    members: [...board.members.values()],
    counters: Object.fromEntries(Object.entries(board.counters).map(([k, { n }]) => [k, n])),
    defaults: DEFAULT_LABELS,
  });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
