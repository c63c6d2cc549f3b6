// Conditional requests: a custom `etag` function set on the app (counting its calls), explicit versioned ETags
// and Last-Modified set with res.set and checked with req.fresh (304), If-Match preconditions on writes (412,
// 428), and a middleware counting conditional outcomes per path in 'finish' listeners.
const express = require('express');
const { contentHash, hashCalls } = require('./lib/hash');
const conditionalStats = require('./middleware/conditionalStats');
const pages = require('./routes/pages');

const app = express();
app.set('etag', (body, encoding) => `"h-${contentHash(body, encoding)}"`);
app.use(express.json());
app.use(conditionalStats.middleware);

app.use('/pages', pages);
app.get('/stats', (req, res) => {
  res.set('Cache-Control', 'no-store');
  res.json({ hashCalls: hashCalls(), ...conditionalStats.snapshot() });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
