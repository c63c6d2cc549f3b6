// immutable 5: a board's state as an immutable Map of Lists and Records kept in a module
// variable, replaced on each change (setIn, updateIn, mergeDeep, push, delete), with a List of
// past states for undo, structural sharing checked with `is` and `===`, an OrderedMap index,
// a Set of tags and Seq queries (filter/map/groupBy/sortBy) answered with toJS.
const express = require('express');
const { Map: IMap, List, Record, OrderedMap, Set: ISet, Seq, fromJS, is } = require('immutable');

const Card = Record({ id: 0, title: '', done: false, tags: ISet() }, 'Card');
let board = fromJS({ name: 'kanban', columns: { todo: [], doing: [], done: [] } }).set('cards', OrderedMap());
let history = List();
let nextId = 1;

function change(next) {
  if (!is(next, board)) {
    history = history.push(board);
    board = next;
  }
  return board;
}

const app = express();
app.use(express.json());

app.post('/cards', (req, res) => {
  const card = new Card({ id: nextId++, title: req.body.title, tags: ISet(req.body.tags || []) });
  change(board.setIn(['cards', card.id], card).updateIn(['columns', 'todo'], (l) => l.push(card.id)));
  res.status(201).json({ card: card.toJS(), history: history.size });
});

app.post('/cards/:id/move', (req, res) => {
  const id = Number(req.params.id);
  const from = board.get('columns').findKey((ids) => ids.includes(id));
  if (from === undefined) return res.status(404).json({ error: 'no such card' });
  const before = board;
  change(board
    .updateIn(['columns', from], (ids) => ids.filter((x) => x !== id))
    .updateIn(['columns', req.body.to], List(), (ids) => ids.push(id))
    .setIn(['cards', id, 'done'], req.body.to === 'done'));
  res.json({
    columns: board.get('columns').toJS(),
    sharedCards: before.get('cards') === board.get('cards'),
    sharedName: before.get('name') === board.get('name'),
  });
});

app.patch('/board', (req, res) => {
  const same = is(board.mergeDeep(fromJS(req.body)), board);
  change(board.mergeDeep(fromJS(req.body)));
  res.json({ name: board.get('name'), unchanged: same, history: history.size });
});

app.post('/undo', (req, res) => {
  if (history.isEmpty()) return res.status(409).json({ error: 'nothing to undo' });
  board = history.last();
  history = history.pop();
  res.json({ columns: board.get('columns').toJS(), cards: board.get('cards').size, history: history.size });
});

app.get('/board', (req, res) => {
  const cards = board.get('cards').valueSeq();
  res.json({
    board: board.toJS(),
    byDone: cards.groupBy((c) => (c.done ? 'done' : 'open')).map((g) => g.map((c) => c.title).toList()).toJS(),
    tags: cards.reduce((all, c) => all.union(c.tags), ISet()).sort().toArray(),
    titles: Seq(cards).sortBy((c) => c.title).map((c) => `${c.id}:${c.title}`).join(', '),
    isCard: cards.every((c) => c instanceof Card && Record.isRecord(c)),
    isMap: IMap.isMap(board),
  });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
