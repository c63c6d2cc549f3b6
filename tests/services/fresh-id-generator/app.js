// Id generators of several kinds: a generator function (function*) kept at module
// level, a closure-based factory per prefix kept in a Map, a static counter on a
// class; short links stored under the generated ids.
const express = require('express');

function* sequence(start = 1) {
  let n = start;
  while (true) {
    const reset = yield n++;
    if (reset) n = start;
  }
}

const makeIdFactory = (prefix, width = 3) => {
  let last = 0;
  return () => `${prefix}-${String(++last).padStart(width, '0')}`;
};

class Link {
  static created = 0;

  constructor(url, id) {
    this.url = url;
    this.id = id;
    this.visits = 0;
    Link.created += 1;
  }
}

const seq = sequence(100);
const factories = new Map();
const links = {};

const idFor = (kind) => {
  if (!factories.has(kind)) factories.set(kind, makeIdFactory(kind));
  return factories.get(kind)();
};

const app = express();
app.use(express.json());

app.get('/next', (req, res) => {
  const { value } = seq.next(req.query.reset === '1');
  res.json({ value });
});

app.post('/ids/:kind', (req, res) => res.json({ id: idFor(req.params.kind) }));

app.post('/links', (req, res) => {
  const url = req.body?.url;
  if (!url?.startsWith('http')) return res.status(400).json({ error: 'url must start with http' });
  const link = new Link(url, idFor('link'));
  links[link.id] = link;
  res.status(201).json(link);
});

app.get('/l/:id', (req, res) => {
  const link = links[req.params.id];
  if (!link) return res.status(404).send('no such link');
  link.visits++;
  res.redirect(302, link.url);
});

app.get('/links', (req, res) => res.json({ created: Link.created, links: Object.values(links) }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
