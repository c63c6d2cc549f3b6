const express = require('express');
const policies = require('./policies');

const app = express();
app.use(express.json());

app.use((req, res, next) => {
  const headers = policies.resolve(req.path);
  headers.forEach((value, name) => res.set(name, value));
  res.locals.policy = [...headers.keys()];
  next();
});

app.put('/admin/policies', (req, res) => {
  const { prefix, headers } = req.body;
  if (typeof prefix !== 'string' || !prefix.startsWith('/')) return res.status(400).json({ error: 'prefix' });
  try {
    const result = policies.define(prefix, Object.entries(headers ?? {}));
    res.json({ prefix, headers: [...result], count: [...result.keys()].length });
  } catch (err) {
    res.status(400).json({ error: err.name, message: err.message });
  }
});

app.put('/admin/defaults', (req, res) => {
  for (const [k, v] of Object.entries(req.body)) policies.defaults.set(k, v);
  res.json(Object.fromEntries(policies.defaults));
});

app.get('/admin/policies', (req, res) => res.json(policies.snapshot()));

app.get('/*', (req, res) => {
  res.json({ path: req.path, policy: res.locals.policy, vary: res.get('vary') ?? null });
});

app.listen(process.env.PORT || 3000);
