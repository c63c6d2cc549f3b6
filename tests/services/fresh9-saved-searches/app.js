// Saved searches over submitted links: URL and URLSearchParams (normalising, rebuilding query
// strings for Link headers), searches saved by name in a Map and replayed, res.format for
// text/csv/json, and counts per host in a module's Map.
const express = require('express');
const { submit, search, hosts } = require('./lib/links');

const app = express();
app.use(express.json());

const saved = new Map();
const BASE = 'http://links.local';

function paramsOf(query) {
  const params = new URLSearchParams();
  for (const key of ['host', 'q', 'sort', 'page', 'per']) {
    if (query[key] !== undefined) params.set(key, String(query[key]));
  }
  return params;
}

function optionsOf(params) {
  const opts = Object.fromEntries(params);
  if (opts.page) opts.page = Number(opts.page);
  if (opts.per) opts.per = Number(opts.per);
  return opts;
}

app.post('/links', (req, res) => {
  try {
    const { link, created } = submit(req.body.url, req.body.by ?? 'anon');
    res.status(created ? 201 : 200).location(`/links/${link.id}`).json(link);
  } catch (err) {
    res.status(400).json({ error: err.code ?? err.name });
  }
});

function sendPage(req, res, params) {
  const opts = optionsOf(params);
  const { total, items } = search(opts);
  const page = opts.page ?? 1;
  const per = opts.per ?? 2;
  if (page * per < total) {
    const next = new URL('/links', BASE);
    next.search = params.toString();
    next.searchParams.set('page', String(page + 1));
    res.links({ next: next.pathname + next.search });
    res.set('X-Next-Page', next.pathname + next.search);
  }
  res.set('X-Total-Count', String(total));
  res.format({
    'text/csv': () => res.send(['id,host,votes', ...items.map((l) => `${l.id},${l.host},${l.votes}`)].join('\n')),
    'application/json': () => res.json(items),
    default: () => res.status(406).send('Not Acceptable'),
  });
}

app.get('/links', (req, res) => sendPage(req, res, paramsOf(req.query)));

app.put('/searches/:name', (req, res) => {
  const params = paramsOf(req.body);
  const isNew = !saved.has(req.params.name);
  saved.set(req.params.name, params.toString());
  res.status(isNew ? 201 : 200).json({ name: req.params.name, query: saved.get(req.params.name) });
});

app.get('/searches/:name/run', (req, res) => {
  const query = saved.get(req.params.name);
  if (query === undefined) return res.status(404).json({ error: 'no such search' });
  const params = new URLSearchParams(query);
  if (req.query.page) params.set('page', req.query.page);
  sendPage(req, res, params);
});

app.get('/searches', (req, res) => {
  res.json([...saved].map(([name, query]) => ({ name, query, params: Object.fromEntries(new URLSearchParams(query)) })));
});

app.get('/hosts', (req, res) => res.json(Object.fromEntries([...hosts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])))));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
