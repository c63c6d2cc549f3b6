// Models made at startup by a factory (lib/model.js) and picked by name from
// the URL (`models[req.params.model]`): generated accessors cast and track
// dirty fields, rows live in each class's static Map, a computed property is
// added later with Reflect.defineProperty, and a field is removed with
// Reflect.deleteProperty on the prototype (after which writes become plain
// own properties).
const express = require('express');
const { define, DIRTY } = require('./lib/model');

const models = {
  user: define('User', { id: 'string', name: 'string', age: 'number', admin: 'boolean' }),
  book: define('Book', { id: 'string', title: 'string', pages: 'number' }),
};

const app = express();
app.use(express.json());

app.param('model', (req, res, next, name) => {
  req.Model = Object.hasOwn(models, name) ? models[name] : null;
  if (!req.Model) return res.status(404).json({ error: `no model ${name}` });
  next();
});

app.post('/:model', (req, res) => {
  const row = new req.Model(req.body);
  const saved = row.save();
  res.status(201).json({ row, saved, saves: req.Model.saves });
});

app.patch('/:model/:id', (req, res) => {
  const row = req.Model.rows.get(req.params.id);
  if (!row) return res.status(404).json({ error: 'no row' });
  Object.assign(row, req.body);
  const dirty = [...row[DIRTY]];
  res.json({ dirty, saved: req.query.save === '1' ? row.save() : null, row });
});

app.get('/:model/:id', (req, res) => {
  const row = req.Model.rows.get(req.params.id);
  if (!row) return res.status(404).json({ error: 'no row' });
  res.json({ row, own: Reflect.ownKeys(row).map(String), pending: row[DIRTY].size, label: row.label ?? null });
});

app.post('/:model/computed/label', (req, res) => {
  const ok = Reflect.defineProperty(req.Model.prototype, 'label', {
    configurable: true,
    get() { return `${req.Model.name}:${this.id}`; },
  });
  res.json({ ok });
});

app.delete('/:model/fields/:field', (req, res) => {
  const removed = Reflect.deleteProperty(req.Model.prototype, req.params.field);
  res.json({ removed, fields: Object.keys(Object.getOwnPropertyDescriptors(req.Model.prototype)).filter((k) => k !== 'constructor') });
});

app.get('/', (req, res) => res.json(Object.fromEntries(Object.entries(models).map(([k, M]) => [k, { saves: M.saves, ids: [...M.rows.keys()] }]))));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
