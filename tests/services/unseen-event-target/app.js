// A ticket desk written with the web platform's EventTarget (global in Node 20) instead of
// EventEmitter: CustomEvent details, listeners added with { once: true } and removed with an
// AbortSignal, a class with a static block and private methods, ids from a generator.
const express = require('express');

const nextId = (function* () {
  let n = 100;
  while (true) yield ++n;
})();

class Desk extends EventTarget {
  static #desks = new Map();
  static statuses;
  static {
    Desk.statuses = Object.freeze(['open', 'assigned', 'closed']);
  }

  #tickets = new Map();
  log = [];

  constructor(name) {
    super();
    this.name = name;
    Desk.#desks.set(name, this);
  }

  static named(name) {
    return Desk.#desks.get(name) ?? new Desk(name);
  }

  static get count() {
    return Desk.#desks.size;
  }

  #emit(type, ticket) {
    this.dispatchEvent(new CustomEvent(type, { detail: { ...ticket } }));
  }

  open(title) {
    const ticket = { id: nextId.next().value, title, status: 'open', owner: null };
    this.#tickets.set(ticket.id, ticket);
    this.#emit('opened', ticket);
    return ticket;
  }

  assign(id, owner) {
    const ticket = this.#tickets.get(id);
    if (!ticket) return null;
    Object.assign(ticket, { owner, status: 'assigned' });
    this.#emit('assigned', ticket);
    return ticket;
  }

  close(id) {
    const ticket = this.#tickets.get(id);
    if (!ticket || ticket.status === 'closed') return null;
    ticket.status = 'closed';
    this.#emit('closed', ticket);
    return ticket;
  }

  list() {
    return [...this.#tickets.values()];
  }
}

const stats = { opened: 0, assigned: 0, closed: 0, firstClosed: null };
const watchers = new Map();  // name -> AbortController

function track(desk) {
  desk.addEventListener('opened', () => { stats.opened++; });
  desk.addEventListener('assigned', (event) => {
    stats.assigned++;
    desk.log.push(`${event.detail.owner} took #${event.detail.id}`);
  });
  desk.addEventListener('closed', () => { stats.closed++; });
  desk.addEventListener('closed', (event) => { stats.firstClosed = event.detail.id; }, { once: true });
}

const support = Desk.named('support');
track(support);

const app = express();
app.use(express.json());

app.post('/desks/:desk/tickets', (req, res) => {
  const desk = Desk.named(req.params.desk);
  if (desk !== support && !desk.tracked) { track(desk); desk.tracked = true; }
  res.status(201).json(desk.open(req.body?.title ?? 'untitled'));
});

app.post('/desks/:desk/tickets/:id/assign', (req, res) => {
  const ticket = Desk.named(req.params.desk).assign(Number(req.params.id), req.body.owner);
  ticket ? res.json(ticket) : res.status(404).json({ error: 'no such ticket' });
});

app.post('/desks/:desk/tickets/:id/close', (req, res) => {
  const ticket = Desk.named(req.params.desk).close(Number(req.params.id));
  ticket ? res.json(ticket) : res.status(409).json({ error: 'cannot close' });
});

// a watcher counts what happens on a desk until it is stopped
app.post('/desks/:desk/watch', (req, res) => {
  const desk = Desk.named(req.params.desk);
  if (watchers.has(desk.name)) return res.status(409).json({ error: 'already watched' });
  const controller = new AbortController();
  const seen = { events: 0 };
  watchers.set(desk.name, { controller, seen });
  for (const type of ['opened', 'assigned', 'closed']) {
    desk.addEventListener(type, () => { seen.events++; }, { signal: controller.signal });
  }
  res.json({ watching: desk.name });
});

app.delete('/desks/:desk/watch', (req, res) => {
  const watcher = watchers.get(req.params.desk);
  if (!watcher) return res.status(404).json({ error: 'not watched' });
  watcher.controller.abort();
  watchers.delete(req.params.desk);
  res.json({ stopped: req.params.desk, saw: watcher.seen.events });
});

app.get('/desks/:desk', (req, res) => {
  const desk = Desk.named(req.params.desk);
  res.json({ name: desk.name, tickets: desk.list(), log: desk.log, watched: watchers.has(desk.name),
             seen: watchers.get(desk.name)?.seen.events ?? null });
});

app.get('/stats', (req, res) => {
  res.json({ ...stats, desks: Desk.count, statuses: Desk.statuses });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
