const asyncHandler = require('../lib/asyncHandler');
const { notFound } = require('../lib/errors');

class NotesController {
  #notes;
  #tags;
  #record;
  #stats;

  constructor({ notes, tags, record, stats }) {
    this.#notes = notes;
    this.#tags = tags;
    this.#record = record;
    this.#stats = stats;
  }

  list = asyncHandler(async (req, res) => {
    const { tag, q } = req.query;
    let rows = this.#notes.all();
    if (tag) rows = rows.filter((n) => n.tags.includes(tag));
    if (q) rows = rows.filter((n) => n.title.toLowerCase().includes(String(q).toLowerCase()));
    res.json({ count: rows.length, notes: rows.map(({ id, title, tags }) => ({ id, title, tags })) });
  });

  show = asyncHandler(async (req, res) => {
    const note = this.#notes.find(req.params.id);
    if (!note) throw notFound(`note ${req.params.id}`);
    res.json(note);
  });

  create = asyncHandler(async (req, res) => {
    const { title, body = '', tags = [] } = req.body;
    const unknown = tags.filter((t) => !this.#tags.all().some((row) => row.label === t));
    if (unknown.length) return res.status(409).json({ error: 'unknown tags', unknown });
    const note = this.#notes.insert({ title, body, tags });
    this.#stats.created += 1;
    this.#record('create', note.id);
    res.status(201).location(`/notes/${note.id}`).json(note);
  });

  patch = asyncHandler(async (req, res) => {
    const note = this.#notes.update(req.params.id, req.body);
    if (!note) throw notFound(`note ${req.params.id}`);
    this.#record('patch', note.id);
    res.json(note);
  });

  remove = asyncHandler(async (req, res) => {
    if (!this.#notes.remove(req.params.id)) throw notFound(`note ${req.params.id}`);
    this.#stats.deleted++;
    this.#record('delete', req.params.id);
    res.status(204).end();
  });
}

module.exports = NotesController;
