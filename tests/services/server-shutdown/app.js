// The production boilerplate: an uncaught-error logger, a health route, and a graceful
// shutdown on SIGTERM/SIGINT that stops accepting connections first.
const express = require('express');
const morgan = require('morgan');

const app = express();
const startedAt = new Date('2026-01-01T00:00:00Z');
let inFlight = 0;
let served = 0;

app.use(morgan('tiny', { skip: () => process.env.NODE_ENV === 'production' }));
app.use((req, res, next) => {
  inFlight++;
  res.on('finish', () => {
    inFlight--;
    served++;
  });
  next();
});

app.get('/healthz', (req, res) => res.json({ ok: true, inFlight, served, since: startedAt.toISOString() }));
app.get('/work', (req, res) => setTimeout(() => res.json({ done: true, served }), 5));

process.on('uncaughtException', (err) => {
  console.error('uncaught', err);
  process.exit(1);
});

function shutdown(signal) {
  console.log(`${signal} received, closing`);
  server.close(() => process.exit(0));
}

const server = app.listen(process.env.PORT || 8080, () => {
  console.log(`listening on ${server.address().port}`);
});
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.once('SIGINT', () => shutdown('SIGINT'));

module.exports = app;
