// An ES module service: import syntax, top-level await reading a seed file, a
// NoteBook class with private fields and a static factory, export default app.
import express from 'express';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));

class NoteBook {
  #notes = [];
  #nextId = 1;

  static fromSeed(seed) {
    const book = new NoteBook();
    for (const text of seed) book.add(text, ['seed']);
    return book;
  }

  add(text, tags = []) {
    const note = { id: this.#nextId++, text, tags, pinned: false };
    this.#notes.push(note);
    return note;
  }

  pin(id) {
    const note = this.#notes.find((n) => n.id === id);
    if (note) note.pinned = !note.pinned;
    return note;
  }

  search(term = '', tag) {
    return this.#notes
      .filter((n) => n.text.includes(term) && (!tag || n.tags.includes(tag)))
      .sort((a, b) => Number(b.pinned) - Number(a.pinned) || a.id - b.id);
  }
}

const seed = JSON.parse(await readFile(path.join(here, 'seed.json'), 'utf8'));
const notes = NoteBook.fromSeed(seed);

const app = express();
app.use(express.json());

app.post('/notes', (req, res) => {
  const { text, tags } = req.body;
  if (!text) return res.status(400).json({ error: 'text is required' });
  res.status(201).json(notes.add(text, tags));
});

app.post('/notes/:id/pin', (req, res) => {
  const note = notes.pin(Number(req.params.id));
  note ? res.json(note) : res.status(404).json({ error: 'no such note' });
});

app.get('/notes', (req, res) => res.json(notes.search(req.query.q, req.query.tag)));

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
