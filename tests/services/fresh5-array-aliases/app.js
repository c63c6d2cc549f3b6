// A queue board written through aliases: `const lane = board.lanes[name]` then
// in-place sort/splice/reverse on the alias, `Array.prototype.push.apply(list,
// items)`, a `drafts` array that holds structuredClone copies which must not
// change the board, and an index Map whose values are the same arrays.
const express = require('express');

const board = { lanes: { todo: [], doing: [], done: [] }, moves: 0 };
const byTag = new Map();
const drafts = [];

function laneOf(name) {
  const lane = board.lanes[name];
  if (!lane) throw Object.assign(new Error(`no lane ${name}`), { status: 404 });
  return lane;
}

function indexCard(card) {
  for (const tag of card.tags) {
    if (!byTag.has(tag)) byTag.set(tag, []);
    byTag.get(tag).push(card);
  }
}

const app = express();
app.use(express.json());

app.post('/lanes/:name/cards', (req, res) => {
  const lane = laneOf(req.params.name);
  const cards = req.body.map((c) => ({ title: c.title, points: c.points ?? 1, tags: c.tags ?? [] }));
  Array.prototype.push.apply(lane, cards);
  cards.forEach(indexCard);
  res.status(201).json({ size: lane.length });
});

app.post('/lanes/:name/sort', (req, res) => {
  const lane = laneOf(req.params.name);
  const key = req.body.by;
  lane.sort((a, b) => (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0));
  if (req.body.desc) lane.reverse();
  res.json(board.lanes[req.params.name].map((c) => c.title));
});

app.post('/move', (req, res) => {
  const { from, to, index = 0 } = req.body;
  const [card] = laneOf(from).splice(index, 1);
  if (!card) return res.status(409).json({ error: 'empty' });
  laneOf(to).unshift(card);
  board.moves++;
  res.json({ moved: card.title, [from]: board.lanes[from].length, [to]: board.lanes[to].length });
});

app.post('/drafts', (req, res) => {
  const copy = structuredClone(board);
  copy.lanes.todo.push({ title: 'draft-only', points: 0, tags: [] });
  copy.lanes.doing.forEach((c) => { c.points *= 10; });
  drafts.push(copy);
  res.status(201).json({ drafts: drafts.length, draftTodo: copy.lanes.todo.length, todo: board.lanes.todo.length });
});

app.patch('/tags/:tag', (req, res) => {
  const cards = byTag.get(req.params.tag) ?? [];
  for (const card of cards) card.points += req.body.add;
  res.json({ changed: cards.length, titles: cards.map((c) => `${c.title}:${c.points}`) });
});

app.get('/board', (req, res) => {
  const points = (lane) => lane.reduce((sum, c) => sum + c.points, 0);
  res.json({
    lanes: Object.fromEntries(Object.entries(board.lanes).map(([k, v]) => [k, v.map((c) => `${c.title}:${c.points}`)])),
    points: Object.fromEntries(Object.entries(board.lanes).map(([k, v]) => [k, points(v)])),
    draftPoints: drafts.map((d) => points(d.lanes.doing)),
    moves: board.moves,
  });
});

app.use((err, req, res, next) => res.status(err.status ?? 500).json({ error: err.message }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
