// Middleware factories with options objects whose closures hold counters: rateLimit({ windowMs, max })
// keyed by a header, requireRole('admin') / requireRole('admin', 'editor') counting denials in a
// shared object, audit(log, { only }) writing to an array owned by app.js.
'use strict';
const express = require('express');
const rateLimit = require('./middleware/rateLimit');
const requireRole = require('./middleware/requireRole');
const audit = require('./middleware/audit');

const app = express();
app.use(express.json());

const auditLog = [];
const apiLimiter = rateLimit({ windowMs: 100, max: 4 });
const strictLimiter = rateLimit({ windowMs: 100, max: 1, message: 'slow down, admin' });

const articles = [];

app.use('/api', apiLimiter, audit(auditLog, { label: 'api', only: ['POST', 'DELETE'] }));

app.get('/api/articles', (req, res) => res.json(articles));
app.post('/api/articles', requireRole('admin', 'editor'), (req, res) => {
  const article = { id: articles.length + 1, title: req.body.title, by: req.user.role, check: req.user.passedChecks };
  articles.push(article);
  res.status(201).json(article);
});
app.delete('/api/articles/:id', requireRole('admin'), strictLimiter, (req, res) => {
  const i = articles.findIndex((a) => a.id === Number(req.params.id));
  if (i < 0) return res.sendStatus(404);
  const [removed] = articles.splice(i, 1);
  res.json({ removed });
});

app.get('/admin/report', requireRole('admin'), audit(auditLog, { label: 'admin' }), (req, res) => {
  res.json({
    api: apiLimiter.stats(),
    strict: strictLimiter.stats(),
    denials: requireRole.denials,
    audit: auditLog,
  });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
