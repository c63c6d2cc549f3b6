// express-rate-limit 7 with its default memory store: a limit per API key on /api, a
// stricter one on login attempts with a custom handler, skipped requests, and a route
// that reads how many hits a key has left. Needs `net` for its IPv6 checks.
const express = require('express');
const { rateLimit } = require('express-rate-limit');

const app = express();
app.use(express.json());

const apiLimiter = rateLimit({
  windowMs: 15 * 60 * 1000,
  limit: 4,
  standardHeaders: 'draft-7',
  legacyHeaders: false,
  keyGenerator: (req) => req.get('x-api-key') || 'anonymous',
  skip: (req) => req.path === '/health',
});

const loginLimiter = rateLimit({
  windowMs: 60 * 60 * 1000,
  limit: 2,
  legacyHeaders: false,
  keyGenerator: (req) => req.body.user || 'nobody',
  handler: (req, res, next, options) => res.status(options.statusCode).json({ error: 'locked', user: req.body.user }),
});

let served = 0;
app.use('/api', apiLimiter);
app.get('/api/health', (req, res) => res.json({ ok: true }));
app.get('/api/items', (req, res) => {
  served += 1;
  res.set('X-Left', String(req.rateLimit.remaining)).json({ served, key: req.get('x-api-key') || 'anonymous' });
});
app.post('/login', loginLimiter, (req, res) => res.json({ welcome: req.body.user }));
app.get('/stats', (req, res) => res.json({ served }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
