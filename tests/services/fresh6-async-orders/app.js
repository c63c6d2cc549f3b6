// Orders over an async inventory: a hand-written asyncHandler, errors thrown in
// awaited service calls (an HttpError class with static factories and a
// subclass carrying details), compensation on failure, next(err) from a
// handler, and a 404 handler plus an error handler at the end.
const express = require('express');
const { HttpError } = require('./errors/http-error');

const app = express();
app.use(express.json());
app.use('/orders', require('./routes/orders'));
app.use('/stock', require('./routes/stock'));

app.use((req, res, next) => next(new HttpError(404, `cannot ${req.method} ${req.path}`)));

app.use((err, req, res, next) => {
  const status = err.status ?? 500;
  res.status(status).json({ error: err.message, kind: err.name, ...(err.details && { details: err.details }) });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
