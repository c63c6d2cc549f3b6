const express = require('express');
const { createDocument, Counter } = require('./doc');

const settings = createDocument({ theme: 'light', fontSize: 14, tags: ['a'] });

const app = express();
app.use(express.json());

app.get('/settings', (req, res) => res.json({ ...settings.doc, depth: settings.depth, changes: Counter.value }));

app.put('/settings/:key', (req, res) => {
  settings.doc[req.params.key] = req.body.value;
  res.json(settings.doc);
});

app.delete('/settings/:key', (req, res) => {
  const had = Object.hasOwn(settings.doc, req.params.key);
  delete settings.doc[req.params.key];
  res.status(had ? 200 : 404).json(settings.doc);
});

app.post('/settings/undo', (req, res) => {
  res.json({ undone: settings.undo(), doc: settings.doc });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
