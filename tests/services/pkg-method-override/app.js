// method-override 3: HTML forms that can only POST reach PUT and DELETE routes, through a
// header (X-HTTP-Method-Override, the default), a `_method` query key, and a getter of the
// service's own reading the urlencoded body (then deleting the key); req.originalMethod kept.
const express = require('express');
const methodOverride = require('method-override');

const notes = new Map([[1, 'first note']]);
let nextId = 2;
const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(methodOverride('X-HTTP-Method-Override'));
app.use(methodOverride('_method', { methods: ['POST'] }));
app.use(methodOverride((req) => {
  if (req.body && typeof req.body === 'object' && '_verb' in req.body) {
    const verb = req.body._verb;
    delete req.body._verb;
    return verb;
  }
  return undefined;
}));

const seen = (req) => ({ method: req.method, original: req.originalMethod });

app.post('/notes', (req, res) => {
  notes.set(nextId, req.body.text);
  res.status(201).json({ id: nextId++, ...seen(req) });
});
app.put('/notes/:id', (req, res) => {
  const id = Number(req.params.id);
  if (!notes.has(id)) return res.status(404).json({ error: 'no note', ...seen(req) });
  notes.set(id, req.body.text);
  res.json({ id, text: notes.get(id), body: req.body, ...seen(req) });
});
app.delete('/notes/:id', (req, res) => {
  res.json({ deleted: notes.delete(Number(req.params.id)), ...seen(req) });
});
app.get('/notes', (req, res) => res.json({ notes: Object.fromEntries(notes), ...seen(req) }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
