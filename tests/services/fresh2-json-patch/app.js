// Versioned JSON documents updated by JSON-patch-like operation lists (add,
// replace, remove, test on JSON pointers), each patch applied to a
// structuredClone so a failing operation leaves the document untouched; an
// If-Match on the version number; undo; a lazy singleton via a static getter
// and a private static field.
const express = require('express');
const DocumentStore = require('./lib/documents');
const { PatchError } = require('./lib/pointer');

const app = express();
app.use(express.json({ type: ['application/json', 'application/json-patch+json'] }));

const store = DocumentStore.instance;

const router = express.Router();

router.param('docId', (req, res, next, id) => {
  if (!/^[a-z0-9-]{1,32}$/.test(id)) return res.status(400).json({ error: 'bad id' });
  req.docId = id;
  next();
});

router.get('/', (req, res) => res.json(store.list()));

router.put('/:docId', (req, res) => {
  if (store.has(req.docId)) return res.status(409).json({ error: 'exists, PATCH it' });
  res.status(201).json(store.create(req.docId, req.body));
});

router.get('/:docId', (req, res) => {
  const version = req.query.version ? Number(req.query.version) : undefined;
  const view = store.view(req.docId, version);
  if (!view) return res.status(404).json({ error: 'not found' });
  res.set('X-Version', String(view.version)).json(view);
});

router.patch('/:docId', (req, res, next) => {
  const current = store.view(req.docId);
  if (!current) return res.status(404).json({ error: 'not found' });
  const expected = req.get('if-match');
  if (expected && expected !== `"${current.version}"`) {
    return res.status(412).json({ error: 'version mismatch', version: current.version });
  }
  if (!Array.isArray(req.body)) return res.status(400).json({ error: 'a patch is an array of operations' });
  try {
    const view = store.patch(req.docId, req.body);
    res.set('X-Version', String(view.version)).json(view);
  } catch (err) {
    next(err);
  }
});

router.post('/:docId/undo', (req, res) => {
  if (!store.has(req.docId)) return res.status(404).json({ error: 'not found' });
  const view = store.undo(req.docId);
  return view ? res.json(view) : res.status(409).json({ error: 'nothing to undo' });
});

app.use('/docs', router);

app.use((err, req, res, next) => {
  if (err instanceof PatchError) return res.status(err.status).json({ error: err.message });
  next(err);
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
