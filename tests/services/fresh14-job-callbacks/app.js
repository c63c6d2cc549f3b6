// A job runner whose callbacks are data: each job object holds its `run` function (picked from a
// handler table) and an array of `onDone` callbacks that routes and other modules push; jobs wait in a
// Channel class that a worker loop started at load drains with `for await` over its
// Symbol.asyncIterator. Results, retries and per-kind stats are written from those callbacks.
'use strict';
const express = require('express');
const jobs = require('./routes/jobs');
const { results } = require('./lib/results');
const runner = require('./lib/runner');

runner.start();

const app = express();
app.use(express.json());
app.use('/jobs', jobs);
app.get('/results', (req, res) => res.json(results));
app.get('/runner', (req, res) => res.json(runner.status()));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
