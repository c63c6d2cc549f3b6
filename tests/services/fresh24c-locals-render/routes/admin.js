const express = require('express');
const menu = require('../lib/menu');
const flash = require('../lib/flash');
const renderStats = require('../middleware/renderStats');

const router = express.Router();

router.use((req, res, next) => {
  if (res.locals.user?.role !== 'admin') return res.status(403).render('notFound', { path: req.originalUrl });
  next();
});

router.get('/', (req, res) => res.json({ ...renderStats.snapshot(), pending: flash.pending(), title: req.app.locals.title }));

router.post('/menu', (req, res) => {
  menu.push({ label: req.body.label, href: req.body.href });
  flash.push('ana', `menu: ${req.body.label} added`);
  res.redirect(303, '/');
});

router.post('/title', (req, res) => {
  req.app.locals.title = req.body.title;
  res.json({ title: req.app.locals.title });
});

module.exports = router;
