// Class controllers mounted by a helper that wraps async methods (by constructor.name and
// util.types.isAsyncFunction) so their rejections reach the error handler, and binds the rest.
const express = require('express');
const util = require('node:util');

const AsyncFunction = (async () => {}).constructor;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

class NotesController {
  constructor() { this.notes = []; this.seq = 0; }
  async create(req, res) {
    await sleep(1);
    if (!req.body.text) throw Object.assign(new Error('text required'), { status: 422 });
    const note = { id: ++this.seq, text: req.body.text };
    this.notes.push(note);
    res.status(201).json(note);
  }
  list(req, res) { res.json(this.notes); }
  async remove(req, res) {
    await sleep(1);
    const i = this.notes.findIndex((n) => n.id === Number(req.params.id));
    if (i < 0) throw Object.assign(new Error('no note ' + req.params.id), { status: 404 });
    this.notes.splice(i, 1);
    res.status(204).end();
  }
}

const wrapped = [];
function mount(router, controller, routes) {
  for (const [method, path, action] of routes) {
    const fn = controller[action];
    const isAsync = fn instanceof AsyncFunction;
    if (isAsync !== util.types.isAsyncFunction(fn)) throw new Error('disagree on ' + action);
    wrapped.push({ action, kind: fn.constructor.name, isAsync, arity: fn.length });
    router[method](path, isAsync
      ? (req, res, next) => fn.call(controller, req, res, next).catch(next)
      : fn.bind(controller));
  }
}

const app = express();
app.use(express.json());
const notes = new NotesController();
mount(app, notes, [['post', '/notes', 'create'], ['get', '/notes', 'list'], ['delete', '/notes/:id', 'remove']]);

// an object-literal service with async methods, and an async closure kept in a map
const audit = {
  entries: [],
  async record(what) { await sleep(1); this.entries.push(what); return this.entries.length; },
  count() { return this.entries.length; },
};
const jobs = new Map([['cleanup', async () => { const n = notes.notes.length; notes.notes.length = 0; return n; }],
                      ['ping', () => 'pong']]);

app.get('/meta', (req, res) => res.json({
  wrapped,
  audit: Object.fromEntries(Object.entries(audit).filter(([, v]) => typeof v === 'function')
    .map(([k, v]) => [k, v.constructor.name])),
  jobs: [...jobs].map(([k, v]) => [k, util.types.isAsyncFunction(v), String(v).startsWith('async')]),
  inspect: util.inspect(notes.create),
}));

app.post('/jobs/:name', async (req, res, next) => {
  const job = jobs.get(req.params.name);
  if (!job) return res.status(404).json({ error: 'no job' });
  const out = job.constructor.name === 'AsyncFunction' ? await job() : job();
  const n = await audit.record(req.params.name + ':' + out);
  res.json({ out, audited: n });
});

app.get('/audit', (req, res) => res.json({ entries: audit.entries, count: audit.count() }));

app.use((err, req, res, next) => res.status(err.status || 500).json({ error: err.message }));
app.listen(process.env.PORT || 3000);
