// Timing helpers built from closures: a debounce whose timer and pending batch live in its closure
// (flushed by a background timer, read later), a counter factory kept in app.locals and used through
// req.app.locals, and a logging middleware made by binding its first argument.
const express = require('express');
const { debounce, throttleCount } = require('./timing');

const app = express();
app.use(express.json());

const flushed = [];
const save = debounce((batch) => flushed.push(batch.join('+')), 1500);

function logAs(channel, req, res, next) {
  app.locals.log.push(`${channel}:${req.method} ${req.path}`);
  next();
}
app.locals.log = [];
app.locals.quota = throttleCount(3);

app.use(logAs.bind(null, 'http'));

app.post('/save/:word', (req, res) => {
  save(req.params.word);
  res.status(202).json({ pending: save.pending() });
});

app.post('/spend', (req, res) => {
  const left = req.app.locals.quota();
  res.status(left ? 200 : 429).json({ used: left });
});

app.get('/flushed', (req, res) => res.json({ flushed, pending: save.pending(), log: app.locals.log.length }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
