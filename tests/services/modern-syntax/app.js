// Syntax of ES2018-ES2023 in handlers (issue 16): optional chaining, `??`, logical
// assignment, class fields (static too), private members and `#x in obj`, static
// blocks, optional catch binding, numeric separators, `for await`, named capture
// groups, object spread/rest and `**`. Module state is written with the new operators.
const express = require('express');
const fs = require('fs');
const path = require('path');
const app = express();
app.use(express.json());

const LIMIT = 1_000;
const tallies = {};
let lastName = null;
const settings = { mode: '', verbose: 1 };

class Shape {
  static count = 0;
  static kinds = [];
  static { Shape.kinds.push('base'); }
  name = 'shape';
  #sides;
  constructor(sides) { this.#sides = sides; Shape.count += 0; }
  get sides() { return this.#sides; }
  #describe() { return `${this.name} with ${this.#sides} sides`; }
  describe() { return this.#describe(); }
  static isShape(o) { return #sides in o; }
}

class Square extends Shape {
  name = 'square';
  #side = 0;
  constructor(side) { super(4); this.#side = side; }
  area() { return this.#side ** 2; }
}

class Registry {
  #items = new Map();
  #log = [];
  static #made = 0;
  add(name) { this.#items.set(name, (this.#items.get(name) ?? 0) + 1); this.#log.push(name); return this; }
  get size() { return this.#items.size; }
  list() { return { items: Object.fromEntries(this.#items), log: this.#log, branded: #items in this }; }
}
const registry = new Registry();

app.post('/registry/:name', (req, res) => {
  registry.add(req.params.name);
  res.json({ size: registry.size });
});

app.get('/registry', (req, res) => {
  res.json(registry.list());
});

app.get('/optional', (req, res) => {
  const name = req.query?.name?.trim?.() ?? 'nobody';
  const missing = req.query.none?.deep.deeper;
  const call = req.query.fn?.();
  res.set?.('x-optional', String(missing === undefined && call === undefined));
  res?.json({ name, upper: name?.toUpperCase(), first: req.query.list?.[0] ?? null });
});

app.get('/nullish', (req, res) => {
  const n = req.query.n;
  res.json({
    nullish: n ?? 'default', or: n || 'default',
    zeroNullish: 0 ?? 5, zeroOr: 0 || 5, emptyNullish: '' ?? 'x', emptyOr: '' || 'x',
    nullNullish: null ?? 'x', big: LIMIT * 1_000,
  });
});

app.post('/tally/:key', (req, res) => {
  const key = req.params.key;
  tallies[key] ??= 0;
  tallies[key] += Number(req.body?.by ?? 1);
  lastName ||= key;
  settings.mode ||= 'counting';
  settings.verbose &&= settings.verbose + 1;
  res.json({ tallies, lastName, settings });
});

app.get('/shapes/:side', (req, res) => {
  const side = Number(req.params.side);
  const sq = new Square(side);
  const plain = { name: 'fake', sides: 4 };
  res.json({
    area: sq.area(), describe: sq.describe(), sides: sq.sides, name: sq.name,
    isShape: Shape.isShape(sq), plainIsShape: Shape.isShape(plain), kinds: Shape.kinds,
    count: Shape.count, keys: Object.keys(sq),
  });
});

app.get('/parse', (req, res) => {
  let ok;
  try {
    JSON.parse(req.query.json);
    ok = true;
  } catch {
    ok = false;
  }
  res.json({ ok });
});

app.get('/date/:text', (req, res) => {
  const m = /^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})$/u.exec(req.params.text);
  if (!m) return res.status(400).json({ error: 'not a date' });
  const { year, ...rest } = m.groups;
  const swapped = req.params.text.replace(/(?<y>\d{4})-(?<m>\d{2})/, '$<m>/$<y>');
  res.json({ year: Number(year), rest: { ...rest }, swapped });
});

app.get('/lines', async (req, res, next) => {
  try {
    const text = await fs.promises.readFile(path.join(__dirname, 'data', 'lines.txt'), 'utf8');
    async function* numbered(items) {
      for (const [i, item] of items.entries()) yield `${i + 1}:${item}`;
    }
    const out = [];
    for await (const line of numbered(text.split('\n').filter(Boolean))) out.push(line);
    for await (const x of [Promise.resolve('p'), 'plain']) out.push(x);
    res.json({ out });
  } catch (err) {
    next(err);
  }
});

app.get('/later', (req, res) => {
  setTimeout(() => {
    const size = req.query?.size ?? 'medium';
    tallies.later ??= 0;
    tallies.later += 1;
    res.send(`later ${size} ${tallies.later}`);
  }, 1_0);
});

app.get('/read', async (req, res) => {
  const text = (await fs.promises.readFile(path.join(__dirname, 'data', 'lines.txt'), 'utf8'))?.trim() ?? '';
  const first = text.split('\n')?.[0];
  res.json({ first, count: text.split('\n').length });
});

app.get('/error-cause', (req, res) => {
  try {
    try { JSON.parse('{'); } catch (e) { throw new Error('bad json', { cause: e }); }
  } catch (err) {
    res.json({ message: err.message, causeName: err.cause?.name ?? null });
  }
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
