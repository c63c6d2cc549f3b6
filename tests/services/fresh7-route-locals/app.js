// A library of shelves, books and reviews: app.route() chains, app.param
// loading a shelf for a mounted `mergeParams` router, which nests another,
// and state kept in app.locals (read back through req.app.locals and
// res.locals in the routers' own files).
const express = require('express');
const booksRouter = require('./routes/books');

const app = express();
app.use(express.json());

app.locals.title = 'Community Library';
app.locals.stats = { requests: 0, shelvesCreated: 0, booksAdded: 0 };
app.locals.shelves = new Map();
app.locals.nextShelfId = 1;

app.use((req, res, next) => {
  const stats = req.app.locals.stats;
  stats.requests += 1;
  res.locals.requestNo = stats.requests;
  res.locals.member = req.get('x-member') ?? null;
  res.set('X-Request-No', String(res.locals.requestNo));
  next();
});

app.param('shelfId', (req, res, next, id) => {
  const shelf = app.locals.shelves.get(Number(id));
  if (!shelf) return res.status(404).json({ error: `shelf ${id} not found` });
  res.locals.shelf = shelf;
  next();
});

const summary = (s) => ({ id: s.id, name: s.name, books: s.books.length });

app.route('/shelves')
  .get((req, res) => {
    res.json({ title: app.locals.title, shelves: [...app.locals.shelves.values()].map(summary) });
  })
  .post((req, res) => {
    const name = req.body?.name?.trim();
    if (!name) return res.status(400).json({ error: 'name required' });
    const shelf = { id: app.locals.nextShelfId++, name, books: [], nextBookId: 1, owner: res.locals.member };
    app.locals.shelves.set(shelf.id, shelf);
    app.locals.stats.shelvesCreated += 1;
    res.status(201).json(summary(shelf));
  });

app.route('/shelves/:shelfId')
  .get((req, res) => res.json({ ...summary(res.locals.shelf), owner: res.locals.shelf.owner }))
  .patch((req, res) => {
    if (req.body?.name) res.locals.shelf.name = req.body.name;
    res.json(summary(res.locals.shelf));
  })
  .delete((req, res) => {
    const { shelf } = res.locals;
    if (shelf.books.length > 0) return res.status(409).json({ error: 'shelf is not empty' });
    app.locals.shelves.delete(shelf.id);
    res.status(204).end();
  });

app.use('/shelves/:shelfId/books', booksRouter);

app.route('/settings/title')
  .get((req, res) => res.json({ title: req.app.locals.title }))
  .put((req, res) => {
    req.app.locals.title = String(req.body?.title ?? app.locals.title);
    res.json({ title: app.locals.title });
  });

app.get('/stats', (req, res) => {
  res.json({ ...app.locals.stats, shelves: app.locals.shelves.size });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
