// Middleware factories closing over their own counters: request ids, per-key
// quotas (a Map in the closure), and route statistics collected on the
// response's 'finish' event and read back by a later request through a
// report function made by the same factory.
const express = require('express');
const requestId = require('./middleware/request-id');
const routeStats = require('./middleware/route-stats');
const quota = require('./middleware/quota');

const app = express();
const stats = routeStats();

app.use(requestId({ prefix: 'api' }));
app.use(stats.middleware);
app.use(express.json());

const greetings = quota(3);

app.get('/hello/:name', greetings, (req, res) => {
  res.json({ hello: req.params.name, id: req.id });
});

app.post('/echo', (req, res) => {
  if (!req.body?.msg) return res.status(400).json({ error: 'msg required', id: req.id });
  res.json({ echo: req.body.msg, id: req.id });
});

app.get('/stats', (req, res) => res.json(stats.report()));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
