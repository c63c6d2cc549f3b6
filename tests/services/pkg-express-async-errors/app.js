// express-async-errors: async handlers throw (before and after an await) and their
// rejections reach the error middleware, as the package's patch of Express 4 makes them.
require('express-async-errors');
const express = require('express');
const createError = require('http-errors');

const app = express();
app.use(express.json());
const users = new Map([[1, { id: 1, name: 'ann' }]]);
let lookups = 0;
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

app.get('/users/:id', async (req, res) => {
  lookups += 1;
  await wait(5);
  const user = users.get(Number(req.params.id));
  if (!user) throw createError(404, `user ${req.params.id} not found (lookup ${lookups})`);
  res.json(user);
});

app.post('/users/:id', async (req, res) => {
  if (!req.body?.name) throw createError(422, 'name required');
  await wait(2);
  if (users.has(Number(req.params.id))) throw new Error(`user ${req.params.id} exists`);
  users.set(Number(req.params.id), { id: Number(req.params.id), name: req.body.name });
  res.status(201).json(users.get(Number(req.params.id)));
});

app.get('/sync', () => {
  throw createError(418, 'short and stout');
});

app.use((err, req, res, next) => {
  res.status(err.status || 500).json({ error: err.message, lookups });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
