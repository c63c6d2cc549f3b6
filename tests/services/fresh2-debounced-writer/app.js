// A journal whose appends are buffered and flushed to data/journal.json by a
// debounced setTimeout(..., 0); a read awaits the flush still in progress
// (a promise kept in the store's private field), then reads the file.
const path = require('node:path');
const express = require('express');
const DebouncedStore = require('./lib/debounced-store');

const store = new DebouncedStore(path.join(__dirname, 'data', 'journal.json'));
const app = express();
app.use(express.text());

app.post('/journal/:topic', (req, res) => {
  const text = typeof req.body === 'string' ? req.body.trim() : '';
  if (!text) return res.status(400).send('empty entry');
  const buffered = store.append(req.params.topic, text);
  res.status(202).json({ buffered, pending: store.pendingKeys });
});

app.get('/journal/:topic', async (req, res, next) => {
  try {
    const lines = await store.read(req.params.topic);
    if (!lines) return res.status(404).json({ error: 'no such topic' });
    res.json({ topic: req.params.topic, lines, flushes: store.flushCount });
  } catch (err) {
    next(err);
  }
});

app.get('/status', async (req, res) => {
  const before = store.pendingKeys;
  await store.settled();
  res.json({ before, after: store.pendingKeys, flushes: store.flushCount });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
