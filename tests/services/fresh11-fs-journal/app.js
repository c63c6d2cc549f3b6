// A journal persisted to JSON files with fs/promises: write-through on every change (write to a
// temp file, then rename), an in-memory index by id and by tag rebuilt after each change, a store
// class with private async methods, top-level await on its load, and a raw read of the file.
import express from 'express';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JsonStore } from './src/jsonStore.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const entries = new JsonStore(path.join(here, 'data'), 'entries');
const drafts = new JsonStore(path.join(here, 'data'), 'drafts');
await Promise.all([entries.ready(), drafts.ready()]);

const app = express();
app.use(express.json());

const storeFor = (kind) => ({ entries, drafts })[kind];

app.post('/:kind', async (req, res) => {
  const store = storeFor(req.params.kind);
  if (!store) return res.sendStatus(404);
  const { title, tags = [], body = '' } = req.body;
  const row = await store.add({ title, tags, words: body.split(/\s+/).filter(Boolean).length });
  res.status(201).json(row);
});

app.delete('/:kind/:id', async (req, res) => {
  const removed = await storeFor(req.params.kind)?.remove(Number(req.params.id));
  res.status(removed ? 204 : 404).end();
});

app.get('/:kind/tag/:tag', (req, res) => {
  res.json(storeFor(req.params.kind)?.tagged(req.params.tag).map((r) => r.title) ?? []);
});

app.get('/files/:kind', async (req, res) => {
  try {
    const text = await readFile(path.join(here, 'data', `${req.params.kind}.json`), 'utf8');
    const rows = JSON.parse(text);
    res.json({ ids: rows.map((r) => r.id), bytes: Buffer.byteLength(text) });
  } catch (err) {
    res.status(404).json({ code: err.code });
  }
});

app.get('/stats', (req, res) => res.json({ entries: entries.stats, drafts: drafts.stats }));

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
