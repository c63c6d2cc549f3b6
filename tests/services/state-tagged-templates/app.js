// Tagged templates whose tags keep state: an `sql` tag that logs every query it builds, and a
// translator's `t` method (a class instance's, bound by a method call on it) that caches what
// it built and counts its misses. The handlers call the tags as `` sql`...` `` and `` i18n.t`...` ``.
'use strict';
const express = require('express');
const sql = require('./lib/sql');
const i18n = require('./lib/i18n');

const app = express();

app.get('/users/:id', (req, res) => {
  const query = sql`SELECT * FROM users WHERE id = ${req.params.id}`;
  res.json({ query: query.text, logged: sql.log.length });
});

app.get('/greet/:name', (req, res) => {
  res.json({ text: i18n.t`Hello ${req.params.name}!`, misses: i18n.misses, cached: i18n.cached });
});

app.get('/count/:n/:where', (req, res) => {
  res.json({ text: i18n.t`${req.params.n} items in ${req.params.where}`, misses: i18n.misses });
});

app.get('/log', (req, res) => res.json({ log: sql.log, misses: i18n.misses, cached: i18n.cached }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
