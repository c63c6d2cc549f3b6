// Middleware factories as people write them: a curried counter `track(name)` used with app.use
// and on routes, a response cache `cache({ ttl, key })` with an options object and a closure of
// entries and stats exposed as functions on the middleware, a per-client limit `limit(n, opts)`,
// all made at load time in a router module and read from other modules.
const express = require('express');
const { track, snapshot } = require('./middleware/track');
const items = require('./routes/items');

const app = express();
app.use(express.json());
app.use(track('all'));
app.use('/items', items);
app.get('/counts', track('counts'), (req, res) => res.json(snapshot()));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
