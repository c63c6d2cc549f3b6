// Dependencies handed down through factories, as a composition root does: createApi({ db, limits })
// makes repositories over the db's tables (closures over the table and an id generator), resource
// routers over the repositories, and a rate limiter whose options carry a hits store owned here;
// the admin routes read the same db and hits store directly.
'use strict';
const express = require('express');
const db = require('./lib/db');
const createApi = require('./routes/api');

const limits = new Map();
const app = express();
app.use(express.json());
app.use('/api', createApi({ db, limits }));

app.get('/admin/summary', (req, res) => {
  const { tables, sequences } = db;
  res.json({
    users: tables.users.size,
    orders: [...tables.orders.values()].map(({ id, total }) => `${id}:${total}`),
    sequences,
    limits: Object.fromEntries(limits),
  });
});

app.delete('/admin/limits/:key', (req, res) => res.json({ deleted: limits.delete(req.params.key) }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
