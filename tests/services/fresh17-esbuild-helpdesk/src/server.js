const express = require('express');
const clock = require('./lib/clock');
const desk = require('./lib/tickets');
const { snapshot } = require('./lib/metrics.mjs');
const { outbox } = require('./lib/notifier.mjs');
const tickets = require('./routes/tickets');

const app = express();
app.use(express.json());
app.use((req, res, next) => {
  res.set('x-tick', String(clock.tick()));
  next();
});

app.use('/tickets', tickets);
app.post('/agents', (req, res) => res.status(201).json(desk.addAgent(req.body.name)));
app.post('/agents/:name/next', (req, res) => {
  const r = desk.assignNext(req.params.name);
  res.status(r.error ? 409 : 200).json(r);
});
app.get('/board', (req, res) => res.json(desk.board()));
app.get('/metrics', (req, res) => res.json({ ...snapshot(), outbox }));

const port = process.env.PORT || 3000;
app.listen(port);
