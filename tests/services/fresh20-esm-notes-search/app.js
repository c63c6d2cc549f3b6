// A notes app as ES modules: notes in a class with #private fields, tags in a Map of Sets, and a
// full-text inverted index (Map of Maps: term -> note id -> count) kept in step through an
// EventEmitter ('saved'/'deleted' listeners in the index module), search ranked by term counts
// with prefix matching, a query log bounded with `splice`, and edits that re-index.
import express from 'express';
import { fileURLToPath } from 'node:url';
import { notes } from './models/notes.js';
import { search, stats as indexStats } from './search/index.js';

const app = express();
app.use(express.json());

const queries = [];

app.post('/notes', (req, res) => {
  const { title, body = '', tags = [] } = req.body ?? {};
  if (!title?.trim()) return res.status(400).json({ error: 'title required' });
  res.status(201).json(notes.create({ title: title.trim(), body, tags }));
});

app.patch('/notes/:id', (req, res) => {
  const note = notes.update(Number(req.params.id), req.body ?? {});
  note ? res.json(note) : res.status(404).json({ error: 'no note' });
});

app.delete('/notes/:id', (req, res) => {
  res.status(notes.remove(Number(req.params.id)) ? 204 : 404).end();
});

app.get('/notes', (req, res) => {
  const { tag } = req.query;
  res.json(notes.list(tag).map(({ id, title, tags }) => ({ id, title, tags })));
});

app.get('/tags', (req, res) => res.json(notes.tagCounts()));

app.get('/search', (req, res) => {
  const q = String(req.query.q ?? '');
  queries.push(q);
  if (queries.length > 3) queries.splice(0, queries.length - 3);
  res.json({ q, hits: search(q), recent: queries });
});

app.get('/index', (req, res) => res.json(indexStats()));

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
