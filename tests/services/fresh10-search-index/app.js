// Full-text search over documents: the index is rebuilt by a debounced setTimeout after writes
// (a module `let` replaced by the timer, a meta object counting builds); enrichment runs async
// helpers under Promise.allSettled with an AbortController timeout; counters in a module object.
const express = require('express');
const index = require('./services/index');
const { enrich, calls } = require('./services/enrich');

const app = express();
app.use(express.json());

app.put('/docs/:id', async (req, res, next) => {
  try {
    const { title = '', body = '', author } = req.body;
    index.put(req.params.id, { title, body });
    const extra = req.query.enrich === '1' ? await enrich({ body, author }) : undefined;
    res.status(202).json({ id: req.params.id, queued: true, extra });
  } catch (err) {
    next(err);
  }
});

app.delete('/docs/:id', (req, res) => {
  index.remove(req.params.id) ? res.sendStatus(204) : res.status(404).send('no such doc');
});

app.get('/search', (req, res) => {
  const ids = index.search(String(req.query.q ?? ''));
  res.json({ q: req.query.q ?? null, ids });
});

app.get('/status', (req, res) => res.json({ ...index.status(), calls }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
