// A pricing API whose state lives in closures that factories returned: a rate limiter per route
// made lazily with `limiters[name] ??= createRateLimiter(...)`, a memoized price function whose
// Map cache is cleared by a catalog update, a `once`-wrapped seeding, and a counter made by
// `createCounter()` kept on app.locals. All of them are held in a `services` module object and
// called later from routes in other modules.
'use strict';
const express = require('express');
const services = require('./lib/services');
const pricesRouter = require('./routes/prices');
const adminRouter = require('./routes/admin');

const app = express();
app.use(express.json());
app.locals.hits = services.createCounter();
app.use((req, res, next) => {
  req.app.locals.hits.inc(req.method);
  next();
});

app.use('/prices', pricesRouter);
app.use('/admin', adminRouter);
app.get('/hits', (req, res) => res.json(req.app.locals.hits.read()));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
