// State changed through detached and re-bound methods: a store singleton whose bound add/remove
// are destructured by the routes, `forEach(store.addOne, store)`, `bind` partials for restock and
// sell, a bound method handed to a helper module as a sink, `call` and `Reflect.apply`, and the
// store's history array read through an alias taken at load.
'use strict';
const express = require('express');
const store = require('./lib/store');
const { router, calls } = require('./routes/items');

const app = express();
app.use(express.json());
app.use('/items', router);

app.get('/stats', (req, res) => {
  res.json({ size: store.size, history: store.history, counted: calls.calls });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
