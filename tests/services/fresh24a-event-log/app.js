// A small CQRS service on Express 5: async command handlers that throw domain errors
// (forwarded to the error middleware), an append-only event log emitting to a projection,
// and a long-poll endpoint holding the response until the next event.
const express = require('express');
const commands = require('./http/commands');
const queries = require('./http/queries');
const { DomainError } = require('./domain/accounts');

const app = express();
app.use(express.json());
app.use('/cmd', commands);
app.use('/q', queries);

const rejected = [];
app.use((err, req, res, next) => {
  if (!(err instanceof DomainError)) return next(err);
  rejected.push(err.message);
  res.status(err.status).json({ error: err.message, rejectedSoFar: rejected.length });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
