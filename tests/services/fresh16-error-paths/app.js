// An inventory whose bookkeeping happens on the error paths: counters written in `catch` and
// `finally` blocks, a rollback in `catch`, an error-handling middleware `(err, req, res, next)`
// counting errors by status, a `res.on('finish')` listener tallying statuses, and config parsed by a
// lazy getter that replaces itself on first use.
'use strict';
const express = require('express');
const { HttpError, NotFound, Conflict } = require('./lib/errors');
const { settings, items, attempts } = require('./lib/catalog');

const app = express();
app.use(express.json());

const errorsByStatus = {};
const finished = { count: 0, byStatus: {} };
let lastError = null;

app.use((req, res, next) => {
  res.on('finish', () => {
    finished.count++;
    finished.byStatus[res.statusCode] = (finished.byStatus[res.statusCode] ?? 0) + 1;
  });
  next();
});

app.post('/items', (req, res, next) => {
  try {
    const { name, stock = 0 } = req.body;
    if (!name || name.length > settings.limits.maxName) throw new HttpError(400, 'bad name', { name });
    if (items.has(name)) throw new Conflict('exists', { name });
    items.set(name, { name, stock });
    res.status(201).json(items.get(name));
  } catch (err) {
    next(err);
  }
});

app.post('/items/:name/restock', (req, res, next) => {
  const item = items.get(req.params.name);
  if (!item) return next(new NotFound(req.params.name));
  const before = item.stock;
  attempts.total++;
  try {
    if (attempts.locked) throw new Conflict('locked');
    attempts.locked = true;
    item.stock += req.body.qty;
    if (item.stock > settings.limits.maxStock) throw new HttpError(422, 'over capacity', { stock: item.stock });
    res.json(item);
  } catch (err) {
    if (err.status !== 409) {
      item.stock = before;
      attempts.rolledBack++;
    }
    next(err);
  } finally {
    if (attempts.locked) attempts.locked = false;
  }
});

app.post('/lock', (req, res) => {
  attempts.locked = true;
  res.json({ locked: true });
});

app.get('/items/:name', (req, res) => {
  const item = items.get(req.params.name);
  if (!item) throw new NotFound(req.params.name);
  res.json(item);
});

app.get('/stats', (req, res) => {
  res.json({ errorsByStatus, finished, attempts, lastError, parses: settings.parses, items: [...items.values()] });
});

// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => {
  const status = err.status ?? 500;
  errorsByStatus[status] = (errorsByStatus[status] ?? 0) + 1;
  lastError = { status, message: err.message, path: req.path };
  res.status(status).json({ error: err.message, ...(err.details && { details: err.details }) });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
