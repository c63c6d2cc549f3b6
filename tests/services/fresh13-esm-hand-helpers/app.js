// Hand-written memoize/once/debounce: a memoized scorer whose hits and misses live on the function,
// a memoized method using `this`, a lazily initialised config made once, a debounced snapshot
// writer whose timer a later request waits out, and a word index in a Map of Sets with metadata in
// a WeakMap keyed by the note objects.
import express from 'express';
import { fileURLToPath } from 'node:url';
import { memoize, once, debounce } from './lib/fn.js';
import { byWord, meta, indexNote, unindexNote } from './lib/index.js';

let computations = 0;
const score = memoize((text, weight) => {
  computations += 1;
  return [...text].reduce((s, ch) => s + ch.charCodeAt(0), 0) % 97 * weight;
});

const pricing = {
  rate: 3,
  quote: memoize(function (units) {
    return units * this.rate;
  }),
};

let inits = 0;
const config = once(() => {
  inits += 1;
  return { title: `Notes #${inits}`, maxNotes: 4 };
});

const snapshots = [];
const notes = new Map();
let nextId = 1;
const saveSnapshot = debounce((reason) => {
  snapshots.push({ reason, ids: [...notes.keys()] });
}, 1000);

const app = express();
app.use(express.json());

app.post('/notes', (req, res) => {
  if (notes.size >= config().maxNotes) return res.status(507).json({ error: 'full' });
  const note = { id: nextId++, text: req.body.text };
  notes.set(note.id, note);
  indexNote(note);
  saveSnapshot(`add ${note.id}`);
  res.status(201).json({ ...note, score: score(note.text, 2) });
});

app.put('/notes/:id', (req, res) => {
  const note = notes.get(Number(req.params.id));
  if (!note) return res.sendStatus(404);
  unindexNote(note);
  note.text = req.body.text;
  indexNote(note);
  saveSnapshot(`edit ${note.id}`);
  res.json({ ...note, meta: meta.get(note) });
});

app.delete('/notes/:id', (req, res) => {
  const note = notes.get(Number(req.params.id));
  if (!note) return res.sendStatus(404);
  unindexNote(note);
  notes.delete(note.id);
  saveSnapshot(`delete ${note.id}`);
  res.json({ deleted: note.id, pending: saveSnapshot.pending() });
});

app.get('/search', (req, res) => {
  const ids = [...(byWord.get(String(req.query.q).toLowerCase()) ?? [])];
  res.json({ ids, scores: ids.map((id) => score(notes.get(id).text, 2)) });
});

app.get('/quote/:units', (req, res) => {
  if (req.query.rate) pricing.rate = Number(req.query.rate);
  res.json({ quote: pricing.quote(Number(req.params.units)), cached: pricing.quote.cache.size });
});

app.get('/stats', (req, res) => {
  res.json({
    title: config().title,
    inits,
    computations,
    hits: score.hits,
    misses: score.misses,
    words: [...byWord.keys()].sort(),
    snapshots,
    pending: saveSnapshot.pending(),
  });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
