// A command bus: handlers register themselves into a Map from their own modules (arrows and a
// named function, with aliases), middlewares pushed into an array are composed with reduceRight
// around the handler at each dispatch, `handlers.get(name)(payload)`-style calls through the
// composed chain write a ledger module; an audit middleware keeps a trail and a getter count.
'use strict';
const express = require('express');
const registry = require('./core/registry');
const ledger = require('./core/ledger');
const audit = require('./commands/audit');
require('./commands/money');

const app = express();
app.use(express.json());

app.post('/commands/:name', (req, res) => {
  const result = registry.dispatch(req.params.name, req.body);
  res.status(result.ok ? 200 : 400).json(result);
});

app.get('/balances', (req, res) => res.json({ ...ledger.balances }));
app.get('/entries', (req, res) => res.json(ledger.entries.slice(-3)));
app.get('/audit', (req, res) => res.json({ trail: audit.trail, rejected: audit.rejected, stats: registry.stats, commands: registry.names() }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
