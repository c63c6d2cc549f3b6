// Catalog sync: a repository base class whose async save writes after an awaited setImmediate,
// saveAll running it through Promise.all over async arrows (they keep `this`), an async generator
// method counting reads while a handler consumes it with for await; a subclass singleton
// overriding save and calling super.save; a mergeParams router built with route() chains and
// next('route'); middleware arrays made by a factory of closures counting in a module object.
const express = require('express');
const products = require('./routes/products');
const { counts } = require('./middleware/counters');

const app = express();
app.use(express.json());
app.use('/stores/:store/products', products);
app.get('/counts', (req, res) => res.json(counts));

// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => res.status(err.status ?? 500).json({ error: err.message }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
