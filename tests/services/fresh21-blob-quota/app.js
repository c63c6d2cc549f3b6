// Notes with a per-user byte quota: sizes measured with Blob (UTF-8 bytes, not string length),
// notes kept as Blobs and read back with blob.text(), an export as base64 built from a Blob's
// arrayBuffer().
const express = require('express');
const notes = require('./lib/notes');
const quota = require('./lib/quota');

const app = express();
app.use(express.json());

app.post('/notes', (req, res) => {
  const user = req.get('x-user') ?? 'anon';
  const text = String(req.body?.text ?? '');
  const note = notes.add(user, text);
  if (!note) return res.status(413).json({ error: 'quota exceeded', bytes: quota.sizeOf(text), limit: quota.LIMIT });
  res.status(201).json({ id: note.id, bytes: note.bytes, chars: text.length });
});

app.get('/notes', async (req, res) => {
  const list = req.query.user ? notes.byUser(req.query.user) : notes.all();
  res.json(await Promise.all(list.map(notes.render)));
});

app.delete('/notes/:id', (req, res) => {
  res.status(notes.remove(Number(req.params.id)) ? 204 : 404).end();
});

app.get('/export/:user', async (req, res) => {
  const parts = notes.byUser(req.params.user).map((n) => n.blob);
  const bundle = new Blob(parts.flatMap((b, i) => (i ? ['\n', b] : [b])));
  const buf = Buffer.from(await bundle.arrayBuffer());
  res.json({ bytes: bundle.size, base64: buf.toString('base64'), head: (await bundle.slice(0, 5).text()) });
});

app.get('/quota', (req, res) => res.json(quota.report()));

app.listen(process.env.PORT || 3000);
