// Issue 16, one row: class fields, public and static (ES2022), in instances kept as state.
const express = require('express');
const app = express();

class Counter {
  static made = 0;
  count = 0;
  label = `counter ${++Counter.made}`;
  step = 1;
  bump() { this.count += this.step; return this; }
}

const counters = {};

app.post('/counters/:name', (req, res) => {
  const counter = (counters[req.params.name] ??= new Counter());
  if (req.query.step) counter.step = Number(req.query.step);
  res.json(counter.bump());
});
app.get('/counters', (req, res) => res.json({ made: Counter.made, counters }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
