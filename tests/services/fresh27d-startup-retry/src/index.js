const express = require('express');
const { promisify } = require('util');
const db = require('./db');
const { withRetry } = require('./retry');
const accountRoutes = require('./routes');

const app = express();
app.use(express.json());

const startup = { retries: [], startedAt: null };

async function main() {
  const client = await withRetry(() => promisify(db.connect)(), {
    retries: 5,
    baseMs: 20,
    onRetry: (err, attempt) => startup.retries.push(`${attempt}: ${err.message}`),
  });
  await client.loadSeed();

  app.get('/health', (req, res) => res.json({ ok: true, attempts: client.attempts(), retries: startup.retries }));
  app.use('/accounts', accountRoutes(client));
  app.get('/events', (req, res) => res.json(client.events(Number(req.query.since ?? 0))));
  app.use((req, res) => res.status(404).json({ error: `no route for ${req.method} ${req.path}` }));

  const port = Number(process.env.PORT ?? 3000);
  await new Promise((resolve) => app.listen(port, resolve));
  console.log(`listening on ${port} after ${client.attempts()} attempts`);
}

main().catch((err) => {
  console.error('start-up failed:', err);
  process.exit(1);
});
