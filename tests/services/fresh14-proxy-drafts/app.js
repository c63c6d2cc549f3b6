// Documents edited as drafts: `track(doc)` returns a Proxy whose set/deleteProperty traps record
// changes into a WeakMap keyed by the raw object and forward with Reflect.set/Reflect.deleteProperty;
// a PATCH merges the body with Object.assign(proxy, body); `commit` applies nothing but moves the
// changes into a revision log, `revert` undoes them on the raw object through Reflect.set; computed
// fields are Object.defineProperty accessors, one of which counts its reads.
'use strict';
const express = require('express');
const docs = require('./routes/docs');
const { stats } = require('./lib/tracker');

const app = express();
app.use(express.json());
app.use('/docs', docs);
app.get('/stats', (req, res) => res.json(stats));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
