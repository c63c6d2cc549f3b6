const express = require('express');

const Countable = {
  count(kind) {
    this.counts ??= {};
    this.counts[kind] = (this.counts[kind] ?? 0) + 1;
    return this.counts[kind];
  },
};
const Taggable = {
  tag(...tags) { (this.tags ??= new Set()); tags.forEach((t) => this.tags.add(t)); return this; },
};
const HISTORY = Symbol('history');
const verbs = ['open', 'close'];

class Door {
  constructor(name) { this.name = name; this[HISTORY] = []; }
  get state() { return this[HISTORY].at(-1) ?? 'closed'; }
}
Object.assign(Door.prototype, Countable, Taggable);
for (const verb of verbs) {
  Door.prototype[verb] = function () {
    this[HISTORY].push(verb === 'open' ? 'opened' : 'closed');
    return this.count(verb);
  };
}
Object.defineProperty(Door.prototype, 'summary', {
  get() { return `${this.name}: ${this.state} (${[...(this.tags ?? [])].join('/')})`; },
});

const doors = new Map([['front', new Door('front')], ['back', new Door('back')]]);

const app = express();
app.post('/doors/:name/:verb', (req, res) => {
  const door = doors.get(req.params.name);
  if (!door || !verbs.includes(req.params.verb)) return res.sendStatus(404);
  const n = door[req.params.verb]();
  if (req.query.tag) door.tag(...req.query.tag.split(','));
  res.json({ n, summary: door.summary });
});
app.get('/doors', (req, res) => res.json([...doors.values()].map((d) => ({ summary: d.summary, counts: d.counts ?? {} }))));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
