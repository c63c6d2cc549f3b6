// Rate limiting as services do it: `trust proxy` so req.ip is the client from
// X-Forwarded-For, a token-bucket middleware factory keeping its buckets in a
// closure, a sliding-window class whose per-key logs are pruned with splice,
// and a per-route counter written by a middleware that wraps next().
const express = require('express');
const tokenBucket = require('./middleware/token-bucket');
const SlidingWindow = require('./middleware/sliding-window');

const app = express();
app.set('trust proxy', true);

const limiter = tokenBucket({ capacity: 3, refillPerSec: 1 });
const quota = new SlidingWindow(10_000, 2);
const served = {};

const count = (req, res, next) => {
  res.on('finish', () => {
    served[req.route.path] = (served[req.route.path] ?? 0) + 1;
  });
  next();
};

app.get('/ping', limiter, count, (req, res) => res.json({ pong: true, ip: req.ip }));
app.get('/search', quota.middleware(), count, (req, res) => res.json({ q: req.query.q ?? '' }));
app.get('/limits', (req, res) =>
  res.json({ ...limiter.stats(), windows: SlidingWindow.instances.map((w) => w.log), served }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
