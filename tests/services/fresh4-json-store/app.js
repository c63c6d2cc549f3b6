// A JSON file store behind a promise-chain mutex: concurrent updates (a
// batch fired with Promise.all) are serialised, so none is lost; a backup
// gzips the file with a promisified zlib, and a promisified callback helper
// checksums it.
const path = require('node:path');
const express = require('express');
const { JsonStore, checksumAsync } = require('./lib/store');

const store = new JsonStore(path.join(__dirname, 'data', 'db.json'));
const app = express();
app.use(express.json());

const addNote = (text) => store.update((db) => {
  db.seq += 1;
  db.notes.push({ id: db.seq, text });
  return db.seq;
});

app.post('/notes', async (req, res, next) => {
  try {
    const texts = [].concat(req.body.text ?? []);
    if (!texts.length) return res.status(400).json({ error: 'text required' });
    const ids = await Promise.all(texts.map(addNote));
    res.status(201).json({ ids, writes: store.writes });
  } catch (err) {
    next(err);
  }
});

app.get('/notes', async (req, res) => {
  const { notes, seq } = await store.read();
  res.json({ count: notes.length, seq, texts: notes.map((n) => n.text) });
});

app.delete('/notes/:id', async (req, res) => {
  const id = Number(req.params.id);
  const removed = await store.update(async (db) => {
    const before = db.notes.length;
    db.notes = db.notes.filter((n) => n.id !== id);
    return before - db.notes.length;
  });
  res.status(removed ? 200 : 404).json({ removed, waiting: store.lock.waiting });
});

app.post('/backup', async (req, res) => {
  const result = await store.backup(path.join(__dirname, 'data', 'db.json.gz'));
  res.json(result);
});

app.get('/checksum', async (req, res) => {
  try {
    res.json({ sum: await checksumAsync(req.query.text) });
  } catch (err) {
    res.status(422).json({ error: err.message, name: err.name });
  }
});

app.use((err, req, res, next) => {
  res.status(500).json({ error: err.code ?? err.message });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
