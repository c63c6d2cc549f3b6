const express = require('express');
const counter = require('./counter');
const { increment } = counter;
const { Registry, tweak, CONFIG } = require('./registry');

const app = express();
app.use(express.json());

app.post('/count', (req, res) => {
  const by = Number(req.query.by ?? 1);
  res.json({ count: req.query.detached ? increment(by) : counter.increment(by) });
});
app.get('/count', (req, res) => res.json({ count: counter.count, last: counter.last }));

app.post('/names', (req, res) => {
  try {
    Registry.getInstance().add(req.body.name);
    res.status(201).send(String(Registry.getInstance()));
  } catch (err) {
    res.status(400).json({ error: err.message, type: err.name });
  }
});

app.put('/config/:key', (req, res) => {
  try {
    tweak(req.params.key, req.body.value);
    res.json(CONFIG);
  } catch (err) {
    res.status(409).json({ error: err.constructor.name, frozen: Object.isFrozen(CONFIG), config: CONFIG });
  }
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
