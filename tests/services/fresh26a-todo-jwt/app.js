// A todo API as a tutorial builds it in 2026: users registered with bcryptjs hashes, JWT bearer auth
// (jsonwebtoken, a controlled clock), todos per user with tags, and Express 5's async error handling.
const express = require('express');
const clock = require('./src/clock');
const db = require('./src/db');
const { HttpError } = require('./src/errors');

const app = express();
app.use(express.json());

app.use('/auth', require('./src/routes/auth'));
app.use('/todos', require('./src/routes/todos'));

app.post('/_clock', (req, res) => {
  res.json({ now: clock.tick(Number(req.query.seconds ?? 1)) });
});

app.get('/health', (req, res) => res.json({ ok: true, ...db.counts }));

app.use((req, res) => res.status(404).json({ error: 'route not found', path: req.path }));

app.use((err, req, res, next) => {
  if (err instanceof HttpError) {
    return res.status(err.status).json({ error: err.message, ...(err.details && { details: err.details }) });
  }
  if (err.type === 'entity.parse.failed') return res.status(400).json({ error: 'invalid json' });
  res.status(500).json({ error: 'internal' });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
