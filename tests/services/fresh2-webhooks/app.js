// Webhook fan-out: subscriptions in a Map of Sets on a singleton Dispatcher,
// each event posted to every subscriber through a fake asynchronous transport
// (setTimeout 0), retried once on a timeout, gathered with Promise.allSettled;
// a delivery log and per-target attempt counts read back by later requests.
const express = require('express');
const dispatcher = require('./lib/dispatcher');
const transport = require('./lib/transport');

const app = express();
app.use(express.json());

const asyncRoute = (fn) => (req, res, next) => fn(req, res).catch(next);

app.post('/subscriptions', (req, res) => {
  const { type, target } = req.body ?? {};
  if (!type || !target) return res.status(400).json({ error: 'type and target required' });
  const added = dispatcher.subscribe(type, target);
  res.status(added ? 201 : 200).json({ type, targets: [...dispatcher.subscriptions.get(type)] });
});

app.post(
  '/events/:type',
  asyncRoute(async (req, res) => {
    const result = await dispatcher.dispatch(req.params.type, req.body);
    res.status(result.failed ? 207 : 200).json(result);
  }),
);

app.get('/deliveries', (req, res) => {
  const { target } = req.query;
  const rows = dispatcher.deliveries.flatMap(({ id, type, outcome }) =>
    outcome.filter((o) => !target || o.target === target).map((o) => ({ id, type, ...o })),
  );
  res.json({ rows, attempts: transport.attempts() });
});

app.use((err, req, res, next) => {
  res.status(500).json({ error: 'dispatch failed', detail: err.message });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
