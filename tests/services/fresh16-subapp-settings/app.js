// Settings across a main app and a mounted sub-app: the sub-app inherits the parent's settings
// (`admin.get('title')` reads the parent's), shadows one with its own `req.app.set('quota', ...)`,
// flips the parent's switches through `admin.parent.enable/disable`, a `mount` listener writes
// both apps' settings, the main app counts uploads against its quota in `app.get/set`, and the
// sub-app trusts the proxy as its parent does (it never set "trust proxy" itself).
'use strict';
const express = require('express');
const admin = require('./apps/admin');

const app = express();
app.set('title', 'uploads');
app.set('quota', 3);
app.set('used', 0);
app.set('trust proxy', true);
app.use(express.json());
app.use('/admin', admin);

app.post('/uploads', (req, res) => {
  if (!app.enabled('uploads')) return res.status(403).json({ error: 'uploads are off' });
  const used = app.get('used');
  if (used >= app.get('quota')) return res.status(429).json({ error: 'quota reached', used });
  app.set('used', used + 1);
  app.locals.last = req.body.name;
  res.status(201).json({ name: req.body.name, used: app.get('used'), left: app.get('quota') - app.get('used') });
});

app.put('/title', (req, res) => {
  req.app.set('title', req.body.title);
  res.json({ title: app.get('title') });
});

app.get('/status', (req, res) => {
  res.json({
    title: app.get('title'),
    quota: app.get('quota'),
    used: app.get('used'),
    uploads: app.enabled('uploads'),
    adminMountedAt: app.get('adminMountedAt'),
    last: app.locals.last ?? null,
  });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
