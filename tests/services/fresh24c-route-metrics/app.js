// Per-route metrics written by res.on('finish') listeners keyed by req.route?.path and res.statusCode (bytes
// counted by wrapping res.write/res.end), in-flight gauges, and an error-handling middleware counting errors by
// class and by route before the responder answers; all read back by GET /stats.
const express = require('express');
const metrics = require('./middleware/metrics');
const { countErrors, respondWithError } = require('./middleware/errors');
const accounts = require('./routes/accounts');
const registry = require('./lib/registry');
const { NotFoundError } = require('./errors');

const app = express();
app.use(express.json());
app.use(metrics({ ignore: ['/stats'] }));

app.get('/stats', (req, res) => {
  res.json(registry.snapshot({ errors: countErrors.snapshot() }));
});
app.post('/stats/reset', (req, res) => {
  registry.reset();
  countErrors.reset();
  res.status(204).end();
});

app.use('/accounts', accounts);

app.use((req, res, next) => next(new NotFoundError(`${req.method} ${req.path}`)));
app.use(countErrors);
app.use(respondWithError);

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
