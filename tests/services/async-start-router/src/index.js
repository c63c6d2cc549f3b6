const express = require('express');
const config = require('./config');
const { connect, db } = require('./db');
const notesRouter = require('./routes/notes');
const Audit = require('./audit');

const app = express();
app.use(express.json());

const boot = { phase: 'created', at: [] };
app.get('/healthz', (req, res) => res.json({ phase: boot.phase, steps: boot.at }));

async function main() {
  await connect();
  boot.phase = 'connected';
  boot.at.push('redis');
  await db().set(`${config.prefix}booted`, '1');

  const audit = new Audit();
  app.use('/api/notes', notesRouter({ db, audit }));
  app.get('/api/audit', (req, res) => res.json({ size: audit.size, recent: audit.recent(Number(req.query.n) || 5) }));
  app.use((req, res) => res.status(404).json({ error: `no route for ${req.method} ${req.path}` }));
  app.use((err, req, res, next) => res.status(500).json({ error: err.message }));

  await new Promise((resolve) => app.listen(config.port, resolve));
  boot.phase = 'ready';
  boot.at.push('http');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
