// CSV import and export: csv-parse/sync (a subpath of its `exports` map) reads uploads into the
// service's product table (columns, cast, trim, comments, its errors with their codes), papaparse
// parses a second format (header, dynamicTyping, transformHeader, its errors) and writes exports
// with Papa.unparse.
const express = require('express');
const { parse } = require('csv-parse/sync');
const Papa = require('papaparse');

const products = new Map();
const imports = [];

const app = express();
app.use(express.text({ type: ['text/csv', 'text/plain'] }));

app.post('/import', (req, res) => {
  let rows;
  try {
    rows = parse(req.body, {
      columns: true, skip_empty_lines: true, trim: true, comment: '#',
      cast: (value, ctx) => (ctx.column === 'price' || ctx.column === 'stock' ? Number(value) : value),
    });
  } catch (e) {
    imports.push({ ok: false, code: e.code });
    return res.status(400).json({ code: e.code, message: e.message, lines: e.lines });
  }
  for (const row of rows) products.set(row.sku, { ...products.get(row.sku), ...row });
  imports.push({ ok: true, rows: rows.length });
  res.json({ imported: rows.length, total: products.size, first: rows[0] });
});

app.post('/import/semicolons', (req, res) => {
  const out = Papa.parse(req.body.trim(), {
    header: true, delimiter: ';', dynamicTyping: true, transformHeader: (h) => h.trim().toLowerCase(),
  });
  if (out.errors.length) return res.status(400).json({ errors: out.errors.map((e) => `${e.type}/${e.code} row ${e.row}`) });
  for (const row of out.data) products.set(row.sku, { ...products.get(row.sku), ...row });
  imports.push({ ok: true, rows: out.data.length });
  res.json({ fields: out.meta.fields, delimiter: out.meta.delimiter, total: products.size });
});

app.patch('/products/:sku/stock', (req, res) => {
  const p = products.get(req.params.sku);
  if (!p) return res.status(404).json({ error: 'no product' });
  p.stock += Number(req.query.by);
  res.json(p);
});

app.get('/export', (req, res) => {
  const rows = [...products.values()].sort((a, b) => a.sku.localeCompare(b.sku));
  const columns = req.query.columns ? req.query.columns.split(',') : ['sku', 'name', 'price', 'stock'];
  res.type('text/csv').send(Papa.unparse({ fields: columns, data: rows.map((r) => columns.map((c) => r[c])) }, { quotes: req.query.quote === '1', newline: '\n' }));
});

app.get('/imports', (req, res) => res.json({ imports, skus: [...products.keys()] }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
