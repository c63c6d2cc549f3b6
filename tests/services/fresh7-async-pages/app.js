// Reports over a paginated in-memory source read with an async generator and
// `for await` (stopping early with `break`), searches raced against a timer
// that never wins, and saved exports numbered by a counter.
const express = require('express');
const source = require('./lib/source');

const app = express();
app.use(express.json());

const exportsById = new Map();
let exportSeq = 0;

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function* filtered(predicate, size) {
  for await (const item of source.everything(size)) {
    if (predicate(item)) yield item;
  }
}

async function take(iterable, n) {
  const out = [];
  if (n <= 0) return out;
  for await (const x of iterable) {
    out.push(x);
    if (out.length >= n) break;
  }
  return out;
}

app.get('/items', async (req, res) => {
  const page = await source.fetchPage(req.query.cursor, Number(req.query.size) || 5);
  res.json({ ids: page.items.map((i) => i.id), next: page.next });
});

app.get('/search', async (req, res) => {
  const max = Number(req.query.maxPrice ?? Infinity);
  const tag = req.query.tag;
  const wanted = (it) => it.price <= max && (!tag || it.tags.includes(tag));
  try {
    const found = await withTimeout(take(filtered(wanted, 4), Number(req.query.limit) || 3), 10_000, 'search');
    res.json({ found: found.map((i) => i.name), pagesRead: source.calls.pages });
  } catch (err) {
    res.status(504).json({ error: err.message });
  }
});

app.post('/exports', async (req, res) => {
  const { minPrice = 0 } = req.body ?? {};
  const rows = [];
  for await (const item of source.everything(10)) {
    if (item.price >= minPrice) rows.push(`${item.id};${item.name};${item.price}`);
  }
  const id = `exp-${++exportSeq}`;
  exportsById.set(id, { id, minPrice, rows });
  res.status(201).json({ id, rows: rows.length, last: rows.at(-1) ?? null });
});

app.get('/exports/:id', (req, res) => {
  const found = exportsById.get(req.params.id);
  if (!found) return res.status(404).json({ error: 'no such export' });
  res.type('text/csv').send(['id;name;price', ...found.rows].join('\n'));
});

app.post('/items', (req, res) => {
  const { name, price, tags } = req.body ?? {};
  if (!name || typeof price !== 'number') return res.status(400).json({ error: 'name and price required' });
  res.status(201).json(source.add(name, price, tags));
});

app.delete('/items/:id', (req, res) => {
  const removed = source.remove(Number(req.params.id));
  removed ? res.json({ removed: removed.name }) : res.sendStatus(404);
});

app.get('/stats', async (req, res) => {
  const counts = await Promise.all(
    ['sale', 'new', 'hot'].map(async (tag) => [tag, (await take(filtered((i) => i.tags.includes(tag), 25), 100)).length]),
  );
  res.json({ tags: Object.fromEntries(counts), exports: [...exportsById.keys()], pagesRead: source.calls.pages });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
