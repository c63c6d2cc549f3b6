// Issue 16, one row: nullish coalescing `??` (ES2020) against `||`, with module state.
const express = require('express');
const app = express();
app.use(express.json());

const settings = {};

app.put('/settings/:key', (req, res) => {
  settings[req.params.key] = req.body.value;
  res.json(settings);
});
app.get('/settings/:key', (req, res) => {
  const value = settings[req.params.key];
  res.json({ nullish: value ?? 'default', or: value || 'default', chained: settings.missing ?? value ?? 'none' });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
