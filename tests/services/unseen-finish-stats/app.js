const express = require('express');
const rateLimit = require('./limiter');

const app = express();
app.locals.stats = { finished: 0, byStatus: {} };
const limiter = rateLimit({ max: 3 });

app.use((req, res, next) => {
  res.on('finish', () => {
    const { stats } = req.app.locals;
    stats.finished += 1;
    stats.byStatus[res.statusCode] = (stats.byStatus[res.statusCode] || 0) + 1;
  });
  next();
});

app.get('/stats', (req, res) => res.json(app.locals.stats));
app.use('/api', limiter);
app.get('/api/echo/:word', (req, res) => res.json({ word: req.params.word }));
app.delete('/api/limits/:key', (req, res) => {
  limiter.reset(req.params.key);
  res.status(204).end();
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
