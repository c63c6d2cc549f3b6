// CSV import: a request body streamed (stream/promises pipeline) through a line-splitting Transform and a
// Transform subclass parsing rows into an in-memory table with running stats (`??=` per column), rows read back
// through a generator (`*[Symbol.iterator]`), filters from URLSearchParams with a labeled loop, a CSV export by
// Readable.from, grouping with `||=`, util.format messages and getters in object literals.
'use strict';
const express = require('express');
const { Transform, Writable, Readable } = require('node:stream');
const { pipeline } = require('node:stream/promises');
const util = require('node:util');

const app = express();
app.use(express.json());

const tables = new Map();
const importLog = [];

class Table {
  #rows = [];
  #columns = null;
  stats = { rows: 0, columns: {} };

  constructor(name) {
    this.name = name;
  }

  get columns() {
    return this.#columns ? [...this.#columns] : [];
  }

  set columns(cols) {
    this.#columns ??= cols;
  }

  add(row) {
    this.#rows.push(row);
    this.stats.rows++;
    for (const [key, value] of Object.entries(row)) {
      if (typeof value !== 'number') continue;
      const s = (this.stats.columns[key] ??= { min: value, max: value, sum: 0, n: 0 });
      s.min = Math.min(s.min, value);
      s.max = Math.max(s.max, value);
      s.sum += value;
      s.n++;
    }
  }

  clear() {
    this.#rows.length = 0;
    this.stats = { rows: 0, columns: {} };
  }

  get size() {
    return this.#rows.length;
  }

  *[Symbol.iterator]() {
    yield* this.#rows;
  }
}

function lineSplitter() {
  let tail = '';
  return new Transform({
    readableObjectMode: true,
    transform(chunk, _enc, cb) {
      const lines = (tail + chunk.toString('utf8')).split(/\r?\n/);
      tail = lines.pop();
      for (const line of lines) if (line.trim()) this.push(line);
      cb();
    },
    flush(cb) {
      if (tail.trim()) this.push(tail);
      cb();
    },
  });
}

function splitCsv(line) {
  const out = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') { cur += '"'; i++; }
      else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { out.push(cur); cur = ''; }
    else cur += c;
  }
  out.push(cur);
  return out;
}

class RowParser extends Transform {
  #header = null;
  rejected = [];
  #line = 0;

  constructor() {
    super({ objectMode: true });
  }

  get header() {
    return this.#header;
  }

  _transform(line, _enc, cb) {
    this.#line++;
    const fields = splitCsv(line);
    if (!this.#header) {
      this.#header = fields.map((f) => f.trim().toLowerCase());
      return cb();
    }
    if (fields.length !== this.#header.length) {
      this.rejected.push({
        line: this.#line,
        reason: util.format('expected %d fields, got %d', this.#header.length, fields.length),
      });
      return cb();
    }
    const row = {};
    this.#header.forEach((h, i) => {
      const raw = fields[i].trim();
      const n = Number(raw);
      row[h] = raw !== '' && Number.isFinite(n) ? n : raw;
    });
    cb(null, row);
  }
}

const round = (x) => Math.round(x * 100) / 100;

function summary(table) {
  const columns = {};
  for (const [key, s] of Object.entries(table.stats.columns)) {
    columns[key] = {
      ...s,
      get mean() {
        return s.n ? round(s.sum / s.n) : null;
      },
    };
  }
  return { name: table.name, rows: table.stats.rows, columns };
}

app.post('/tables/:name/import', async (req, res, next) => {
  const { name } = req.params;
  const mode = req.query.mode ?? 'append';
  let table = tables.get(name);
  if (!table) tables.set(name, (table = new Table(name)));
  if (mode === 'replace') table.clear();
  const parser = new RowParser();
  let imported = 0;
  const sink = new Writable({
    objectMode: true,
    write(row, _enc, cb) {
      table.add(row);
      imported++;
      cb();
    },
  });
  try {
    await pipeline(req, lineSplitter(), parser, sink);
  } catch (err) {
    return next(err);
  }
  table.columns = parser.header ?? [];
  importLog.push(util.format('%s: %d rows into %s (%s)', importLog.length + 1, imported, name, mode));
  res.status(201).json({ imported, rejected: parser.rejected, total: table.size, columns: table.columns });
});

app.get('/tables', (_req, res) => {
  res.json([...tables.values()].map((t) => ({ name: t.name, rows: t.size, columns: t.columns.length })));
});

app.get('/tables/:name/stats', (req, res) => {
  const table = tables.get(req.params.name);
  if (!table) return res.status(404).json({ error: util.format('no table %s', req.params.name) });
  res.json(summary(table));
});

app.get('/tables/:name/rows', (req, res) => {
  const table = tables.get(req.params.name);
  if (!table) return res.status(404).json({ error: 'no such table' });
  const params = new URL(req.originalUrl, 'http://localhost').searchParams;
  const where = params.getAll('where').map((w) => w.split(':'));
  const limit = Number(params.get('limit') ?? 100);
  const out = [];
  rows: for (const row of table) {
    for (const [key, value] of where) {
      if (String(row[key]) !== value) continue rows;
    }
    out.push(row);
    if (out.length >= limit) break rows;
  }
  const sort = params.get('sort');
  if (sort) {
    const [dir, key] = sort.startsWith('-') ? [-1, sort.slice(1)] : [1, sort];
    out.sort((a, b) => (a[key] > b[key] ? dir : a[key] < b[key] ? -dir : 0));
  }
  res.json({ count: out.length, rows: out });
});

app.get('/tables/:name/groups', (req, res) => {
  const table = tables.get(req.params.name);
  const by = req.query.by;
  if (!table || !by) return res.status(400).json({ error: 'table and ?by= needed' });
  const groups = {};
  for (const row of table) (groups[row[by]] ||= []).push(row);
  const out = {};
  for (const [key, rows] of Object.entries(groups)) {
    out[key] = { count: rows.length, last: rows.findLast((r) => r[by] === rows[0][by])?.id ?? null };
  }
  res.json(out);
});

app.get('/tables/:name.csv', async (req, res, next) => {
  const table = tables.get(req.params.name);
  if (!table) return res.status(404).type('text/plain').send('not found');
  const columns = table.columns;
  const quote = (v) => (/[",\n]/.test(String(v)) ? `"${String(v).replaceAll('"', '""')}"` : String(v));
  async function* lines() {
    yield columns.join(',') + '\n';
    for (const row of table) yield columns.map((c) => quote(row[c] ?? '')).join(',') + '\n';
  }
  res.type('text/csv');
  try {
    await pipeline(Readable.from(lines()), res);
  } catch (err) {
    next(err);
  }
});

app.delete('/tables/:name', (req, res) => {
  const existed = tables.delete(req.params.name);
  importLog.push(util.format('%s: dropped %s (%s)', importLog.length + 1, req.params.name, existed));
  res.status(existed ? 204 : 404).end();
});

app.get('/imports', (_req, res) => res.json(importLog));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
