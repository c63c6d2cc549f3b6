// A visits counter and switches kept in the app's settings (`app.set('visits', app.get('visits') + 1)`,
// `req.app.set`, `app.enable/disable/enabled`), middleware factories writing `app.locals` through
// `req.app`, a `locals.recent` list trimmed in place, and `res.locals` filled per request.
'use strict';
const express = require('express');
const track = require('./middleware/track');
const maintenance = require('./middleware/maintenance');

const app = express();
app.set('visits', 0);
app.set('motd', 'welcome');
app.locals.recent = [];
app.locals.title = 'Settings demo';

app.use(express.json());
app.use(track());
app.use(maintenance('down for maintenance'));
app.use((req, res, next) => {
  res.locals.visit = req.app.get('visits') + 1;
  next();
});

app.get('/', (req, res) => {
  app.set('visits', app.get('visits') + 1);
  res.json({ title: app.locals.title, motd: app.get('motd'), visit: res.locals.visit, visits: app.get('visits') });
});

app.post('/notes', (req, res) => {
  const { recent } = req.app.locals;
  recent.push(req.body.text);
  if (recent.length > 3) recent.splice(0, recent.length - 3);
  req.app.set('notes', (req.app.get('notes') || 0) + 1);
  res.status(201).json({ recent, notes: req.app.get('notes') });
});

app.put('/admin/motd', (req, res) => {
  req.app.set('motd', req.body.motd);
  res.json({ motd: app.get('motd') });
});

app.post('/admin/maintenance/:state', (req, res) => {
  if (req.params.state === 'on') app.enable('maintenance');
  else app.disable('maintenance');
  res.json({ maintenance: app.enabled('maintenance'), disabled: app.disabled('maintenance') });
});

app.put('/admin/title', (req, res) => {
  app.locals.title = req.body.title;
  res.json({ title: req.app.locals.title });
});

app.get('/admin/status', (req, res) => {
  res.json({
    visits: app.get('visits'),
    notes: app.get('notes') ?? 0,
    rejected: app.get('rejected') ?? 0,
    maintenance: app.enabled('maintenance'),
    byMethod: app.locals.byMethod,
    recent: app.locals.recent,
  });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
