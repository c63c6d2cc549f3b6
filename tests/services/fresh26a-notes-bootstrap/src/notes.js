class NotesService {
  #notes = new Map();
  #seq = 0;
  #notebooks;

  constructor({ notebooks, notes }) {
    this.#notebooks = new Set(notebooks);
    notes.forEach((n) => this.add(n));
  }

  add({ notebook = 'inbox', title, body = '' }) {
    if (!this.#notebooks.has(notebook)) throw Object.assign(new Error(`no notebook ${notebook}`), { status: 404 });
    if (!title?.trim()) throw Object.assign(new Error('title is required'), { status: 422 });
    const note = { id: ++this.#seq, notebook, title: title.trim(), body, pinned: false };
    this.#notes.set(note.id, note);
    return note;
  }

  pin(id) {
    const note = this.#notes.get(Number(id));
    if (!note) throw Object.assign(new Error(`note ${id} not found`), { status: 404 });
    note.pinned = !note.pinned;
    return note;
  }

  move(id, notebook) {
    const note = this.#notes.get(Number(id));
    if (!note) throw Object.assign(new Error(`note ${id} not found`), { status: 404 });
    this.#notebooks.add(notebook);
    note.notebook = notebook;
    return note;
  }

  list(notebook) {
    const notes = [...this.#notes.values()].filter((n) => !notebook || n.notebook === notebook);
    return notes.sort((a, b) => Number(b.pinned) - Number(a.pinned) || a.id - b.id);
  }

  get notebooks() {
    return [...this.#notebooks].map((name) => ({ name, count: this.list(name).length }));
  }
}

class NotesController {
  constructor(service) {
    this.service = service;
    this.hits = 0;
  }

  list = (req, res) => {
    this.hits++;
    res.json(this.service.list(req.query.notebook));
  };

  create = (req, res) => {
    this.hits++;
    res.status(201).json(this.service.add(req.body ?? {}));
  };

  pin = (req, res) => {
    this.hits++;
    res.json(this.service.pin(req.params.id));
  };

  move = (req, res) => {
    this.hits++;
    res.json(this.service.move(req.params.id, req.params.notebook));
  };

  notebooks = (req, res) => res.json({ hits: this.hits, notebooks: this.service.notebooks });
}

module.exports = { NotesService, NotesController };
