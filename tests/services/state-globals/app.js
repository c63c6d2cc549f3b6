const express = require('express');
const { track } = require('./lib/metrics');

globalThis.appStats ??= { hits: 0, paths: {} };
global.lastPath = null;

const app = express();
app.use((req, res, next) => {
  track(req.path);
  next();
});
app.get('/stats', (req, res) => res.json({ ...globalThis.appStats, last: global.lastPath }));
app.get('/a', (req, res) => res.send('a'));
app.get('/b', async (req, res) => {
  await new Promise((r) => setTimeout(r, 3));
  globalThis.appStats.hits += 10;
  res.send('b');
});
module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
