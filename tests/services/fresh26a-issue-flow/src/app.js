const express = require('express');
const actor = require('./middleware/actor');

const app = express();
app.use(express.json());
app.use(actor);
app.use('/issues', require('./routes/issues'));
app.use(require('./routes/feed'));

app.use((err, req, res, next) => {
  const status = err.status ?? 500;
  res.status(status).json({ error: status < 500 ? err.message : 'internal error', ...(err.allowed && { allowed: err.allowed }) });
});

module.exports = app;
