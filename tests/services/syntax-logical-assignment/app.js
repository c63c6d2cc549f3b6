// Issue 16, one row: logical assignment `||=`, `&&=`, `??=` (ES2021), on module state.
const express = require('express');
const app = express();
app.use(express.json());

const config = { retries: 0, name: '', cache: null };
const carts = {};

app.post('/config', (req, res) => {
  config.retries ||= req.body.retries;
  config.name &&= config.name.toUpperCase();
  config.name ||= req.body.name;
  config.cache ??= req.body.cache;
  res.json(config);
});
app.post('/carts/:id/:item', (req, res) => {
  (carts[req.params.id] ??= []).push(req.params.item);
  res.json(carts);
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
