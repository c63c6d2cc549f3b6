// Express's routing features with state: app.param loading a record, router.route()
// chains, next('route'), res.locals from middleware, and a 404 and error handler.
const express = require('express');

const users = { 1: { id: 1, name: 'Ana', role: 'admin' }, 2: { id: 2, name: 'Bob', role: 'user' } };
const notes = [];
let loads = 0;

const app = express();
app.use(express.json());
app.use((req, res, next) => { res.locals.started = 'yes'; next(); });

app.param('userId', (req, res, next, id) => {
  loads++;
  const user = users[id];
  if (!user) return next(Object.assign(new Error(`user ${id} not found`), { status: 404 }));
  req.user = user;
  next();
});

app.get('/users/:userId', (req, res, next) => {
  if (req.user.role !== 'admin') return next('route');
  res.json({ ...req.user, admin: true, loads });
});
app.get('/users/:userId', (req, res) => res.json({ name: req.user.name, loads, started: res.locals.started }));

const router = express.Router({ mergeParams: true });
router.route('/')
  .get((req, res) => res.json(notes.filter((n) => n.by === req.user.id)))
  .post((req, res) => {
    const note = { id: notes.length + 1, by: req.user.id, text: String(req.body.text ?? '') };
    notes.push(note);
    res.status(201).json(note);
  });
app.use('/users/:userId/notes', (req, res, next) => {
  const user = users[req.params.userId];
  if (!user) return res.status(404).json({ error: 'no such user' });
  req.user = user;
  next();
}, router);

app.use((req, res) => res.status(404).json({ error: `nothing at ${req.method} ${req.path}` }));
app.use((err, req, res, next) => res.status(err.status || 500).json({ error: err.message }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
