// Route handlers wrapped by decorators: counted(name)(handler) and withRole(...roles)(handler) written
// as curried functions, an asyncHandler around async handlers, decorate(...decorators) composing them
// with reduceRight, and a table of memoized lookups made by mapping a decorator over Object.entries.
const express = require('express');
const { counted, withRole, asyncHandler, decorate, calls, denied } = require('./decorate');

const app = express();
app.use(express.json());

const notes = new Map();
let nextId = 1;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function memoize(fn) {
  const memo = new Map();
  return (key) => {
    if (!memo.has(key)) memo.set(key, fn(key));
    return memo.get(key);
  };
}
let computed = 0;
const lookups = Object.fromEntries(Object.entries({
  square: (n) => { computed += 1; return n * n; },
  label: (n) => { computed += 1; return `#${n}`; },
}).map(([name, fn]) => [name, memoize(fn)]));

const admin = decorate(withRole('admin'), counted('admin'));

app.post('/notes', counted('create')(asyncHandler(async (req, res) => {
  await sleep(2);
  const note = { id: nextId++, text: req.body.text };
  notes.set(note.id, note);
  res.status(201).json(note);
})));

app.get('/notes', counted('list')((req, res) => res.json([...notes.values()])));

app.delete('/notes', admin((req, res) => {
  const n = notes.size;
  notes.clear();
  res.json({ cleared: n });
}));

app.post('/notes/:id/pin', withRole('admin', 'editor')(counted('pin')((req, res) => {
  const note = notes.get(Number(req.params.id));
  if (!note) return res.status(404).json({ error: 'no note' });
  note.pinned = true;
  res.json(note);
})));

app.get('/calc/:fn/:n', (req, res) => {
  const fn = lookups[req.params.fn];
  if (!fn) return res.status(404).json({ error: 'no such lookup' });
  res.json({ value: fn(Number(req.params.n)), computed });
});

app.get('/stats', (req, res) => res.json({ calls, denied, notes: notes.size }));

app.use((err, req, res, next) => res.status(500).json({ error: err.message }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
