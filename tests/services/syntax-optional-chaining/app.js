// Issue 16, one row: optional chaining `a?.b`, `a?.[k]`, `f?.()` (ES2020), with module state.
const express = require('express');
const app = express();
app.use(express.json());

const users = new Map();
const hooks = { created: (u) => `welcome ${u.name}` };

app.post('/users/:id', (req, res) => {
  users.set(req.params.id, { name: req.body?.name, address: req.body?.address });
  res.json({ said: hooks.created?.(users.get(req.params.id)) ?? null, missing: hooks.deleted?.() ?? 'none' });
});
app.get('/users/:id/city', (req, res) => {
  const user = users.get(req.params.id);
  res.json({ city: user?.address?.city, first: user?.address?.lines?.[0], upper: user?.name?.toUpperCase?.() });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
