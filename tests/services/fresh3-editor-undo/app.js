// An editor with undo/redo: command objects holding closures over the
// document's lines, kept in private history stacks and called again by later
// requests; a static audit trail; documents in a plain object keyed by name.
const express = require('express');
const Document = require('./document');

const docs = Object.create(null);
const app = express();
app.use(express.json());

app.param('doc', (req, res, next, name) => {
  req.doc = docs[name] ??= new Document();
  next();
});

const view = (doc) => ({ lines: doc.lines, ...doc.depth });

app.post('/docs/:doc/lines', (req, res) => {
  const { at = req.doc.lines.length, text } = req.body;
  req.doc.insert(at, text);
  res.status(201).json(view(req.doc));
});

app.put('/docs/:doc/lines/:n', (req, res) => {
  const n = Number(req.params.n);
  if (!(n in req.doc.lines)) return res.status(404).json({ error: `no line ${n}` });
  req.doc.replace(n, req.body.text);
  res.json(view(req.doc));
});

app.post('/docs/:doc/upper', (req, res) => {
  req.doc.upperAll();
  res.json(view(req.doc));
});

app.post('/docs/:doc/:action(undo|redo)', (req, res) => {
  const done = req.doc[req.params.action]();
  res.status(done ? 200 : 409).json({ done, ...view(req.doc) });
});

app.get('/docs/:doc', (req, res) => res.json(view(req.doc)));
app.get('/audit', (req, res) => res.json({ docs: Object.keys(docs), audit: Document.audit }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
