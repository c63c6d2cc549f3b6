// Classes whose static state changes (public and private static fields, static
// methods, a static block), made by mixins and with computed keys: what a node
// loads must be main's class, and its static state must move with its unit.
const express = require('express');

const app = express();
app.use(express.json());

const withTimestamps = (Base) => class extends Base {
  touch(at) { this.updatedAt = at; return this; }
};

const keyFor = (name) => `by${name[0].toUpperCase()}${name.slice(1)}`;

class Model {
  static #created = 0;
  static registry = new Map();
  static defaults = Object.freeze({ status: 'draft' });

  static {
    this.kinds = ['note', 'task'];
  }

  static count() { return Model.#created; }

  constructor(fields) {
    Model.#created += 1;
    Object.assign(this, Model.defaults, fields);
  }
}

class Note extends withTimestamps(Model) {
  static nextId = 1;

  static create(fields) {
    const note = new Note({ id: Note.nextId++, ...fields });
    Model.registry.set(note.id, note);
    return note;
  }

  [keyFor('title')]() { return this.title?.toLowerCase() ?? ''; }

  get summary() { return `${this.id}:${this.title}:${this.status}`; }
}

app.post('/notes', (req, res) => {
  const { title, kind = 'note' } = req.body ?? {};
  if (!Model.kinds.includes(kind)) return res.status(400).json({ error: `unknown kind ${kind}` });
  const note = Note.create({ title, kind }).touch(req.body.at ?? 0);
  res.status(201).json({ id: note.id, summary: note.summary, created: Model.count() });
});

app.get('/notes/:id', (req, res) => {
  const note = Model.registry.get(Number(req.params.id));
  if (!note) return res.status(404).json({ error: 'no such note' });
  res.json({ summary: note.summary, key: note.byTitle(), updatedAt: note.updatedAt, isModel: note instanceof Model });
});

app.put('/notes/:id/publish', (req, res) => {
  const note = Model.registry.get(Number(req.params.id));
  if (!note) return res.status(404).json({ error: 'no such note' });
  note.status = 'published';
  res.json({ summary: note.summary });
});

app.get('/stats', (req, res) => {
  res.json({ created: Model.count(), next: Note.nextId, stored: Model.registry.size, kinds: Model.kinds,
             methods: Object.getOwnPropertyNames(Note.prototype).sort() });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
