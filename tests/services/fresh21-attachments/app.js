const express = require('express');
const store = require('./attachments');

const app = express();
app.use(express.json({ limit: '1mb' }));

app.post('/tickets/:id/files', (req, res) => {
  const file = store.attach(req.params.id, req.body);
  res.status(201).json(store.describe(file));
});

app.get('/tickets/:id/files', (req, res) => {
  res.json((store.files.get(req.params.id) ?? []).map(store.describe));
});

app.get('/tickets/:id/files/:name', async (req, res) => {
  const file = store.files.get(req.params.id)?.findLast((f) => f.name === req.params.name);
  if (!file) return res.sendStatus(404);
  if (req.query.preview) {
    const head = file.slice(0, Number(req.query.preview), 'text/plain');
    return res.json({ preview: await head.text(), type: head.type, size: head.size });
  }
  res.type(file.type || 'application/octet-stream');
  res.send(Buffer.from(await file.arrayBuffer()));
});

app.get('/usage', (req, res) => {
  const all = [...store.files.values()].flat();
  res.json({ byType: store.byType, count: all.length, total: all.reduce((n, f) => n + f.size, 0) });
});

app.listen(process.env.PORT || 3000);
