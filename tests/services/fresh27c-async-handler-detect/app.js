// Notes behind a hand-written router helper that wraps only async handlers (`fn.constructor.name ===
// 'AsyncFunction'`, as blog posts write it) so that their rejections reach the error middleware, sync
// handlers registered as they are; a store class with `#private` state and `static {}` defaults, errors
// with `cause`, `??=` tag counters, `Object.prototype.toString` and `util.types.isAsyncFunction` in a
// route listing the handlers' kinds.
'use strict';
const express = require('express');
const { types, format } = require('node:util');
const { setTimeout: sleep } = require('node:timers/promises');

class NotFound extends Error {
  status = 404;
}

class NoteStore {
  static defaults;
  static {
    NoteStore.defaults = Object.freeze({ pinned: false, tags: [] });
  }
  #notes = new Map();
  #seq = 0;
  tagCounts = {};

  async add(body) {
    await sleep(1);
    if (!body?.title) throw new Error('title required', { cause: { field: 'title' } });
    const note = { id: ++this.#seq, ...NoteStore.defaults, ...body };
    for (const t of note.tags) this.tagCounts[t] = (this.tagCounts[t] ??= 0) + 1;
    this.#notes.set(note.id, note);
    return note;
  }

  async get(id) {
    await sleep(1);
    return this.#notes.get(id) ?? Promise.reject(new NotFound(format('note %d not found', id)));
  }

  list() {
    return [...this.#notes.values()];
  }
}

const store = new NoteStore();
const registered = [];

const kindOf = (fn) => (fn.constructor.name === 'AsyncFunction' ? 'async' : 'sync');
const wrap = (fn) => (kindOf(fn) === 'async' ? (req, res, next) => fn(req, res, next).catch(next) : fn);

function route(method, path, handler) {
  registered.push({ method, path, kind: kindOf(handler), tag: Object.prototype.toString.call(handler), isAsync: types.isAsyncFunction(handler) });
  app[method](path, wrap(handler));
}

const app = express();
app.use(express.json());

route('post', '/notes', async (req, res) => {
  res.status(201).json(await store.add(req.body));
});

route('get', '/notes/:id', async (req, res) => {
  res.json(await store.get(Number(req.params.id)));
});

route('get', '/notes', (req, res) => {
  res.json({ notes: store.list().map((n) => n.title), tags: store.tagCounts });
});

route('get', '/routes', (req, res) => res.json(registered));

app.use((err, req, res, next) => {
  res.status(err.status ?? 400).json({ error: err.message, cause: err.cause ?? null, type: err.constructor.name });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
