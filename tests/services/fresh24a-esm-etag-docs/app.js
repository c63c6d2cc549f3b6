// Conditional requests on Express 5: strong ETags computed from content and revision,
// `If-None-Match` answered 304 through `req.fresh`, `If-Match` guarding updates (412),
// hit/miss counters, and `res.location` + `res.redirect(303, ...)` after a create.
import express from 'express';
import { fileURLToPath } from 'node:url';
import docs, { DocumentStore, PreconditionFailed } from './lib/documents.js';

const app = express();
app.set('etag', false); // we set our own
app.use(express.json());

const counters = { fresh: 0, stale: 0, created: 0 };

app.get('/docs/:id', (req, res) => {
  const doc = docs.get(req.params.id);
  if (!doc) return res.status(404).json({ error: 'not found' });
  res.set('ETag', DocumentStore.etagOf(doc));
  if (req.fresh) {
    counters.fresh++;
    return res.status(304).end();
  }
  counters.stale++;
  res.set('x-rev', String(doc.rev)).json(doc.body);
});

app.put('/docs/:id', (req, res) => {
  const doc = docs.put(req.params.id, req.body, req.get('if-match'));
  res.set('ETag', DocumentStore.etagOf(doc));
  res.status(doc.rev === 1 ? 201 : 200).json({ id: doc.id, rev: doc.rev });
});

app.post('/docs', (req, res) => {
  const id = `doc-${++counters.created}`;
  docs.put(id, req.body);
  res.location(`/docs/${id}`);
  res.redirect(303, `/docs/${id}`);
});

app.get('/docs/:id/revisions', (req, res) => {
  res.json({ id: req.params.id, revs: docs.revisionsOf(req.params.id) });
});

app.get('/metrics', (req, res) => res.json({ ...counters, hashes: DocumentStore.hashes }));

// A v2 API as a sub-app of its own: answers envelopes, counts its own calls.
const v2 = express();
let v2Calls = 0;
v2.get('/docs/:id', (req, res) => {
  v2Calls++;
  const doc = docs.get(req.params.id);
  if (!doc) return res.status(404).json({ data: null, errors: [{ code: 'not_found' }] });
  res.json({ data: { id: doc.id, rev: doc.rev, ...doc.body }, meta: { calls: v2Calls, mountpath: req.app.mountpath } });
});
app.use('/v2', v2);

app.use((err, req, res, next) => {
  if (err instanceof PreconditionFailed) return res.status(412).json({ error: err.message });
  next(err);
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
