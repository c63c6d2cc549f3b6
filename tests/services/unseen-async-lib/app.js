// An older-style bookshop: callbacks everywhere, flows written with the `async` library
// (waterfall, series, eachSeries, parallel), a catalog file read once and cached in a module
// variable, orders appended to a file, and counters kept in a plain object.
const express = require('express');
const async = require('async');
const fs = require('fs');
const path = require('path');

const CATALOG = path.join(__dirname, 'data', 'catalog.json');
const ORDERS = path.join(__dirname, 'data', 'orders.log');

let catalog = null;
const counters = { loads: 0, orders: 0, failed: 0, restocked: 0 };

function loadCatalog(cb) {
  if (catalog) return process.nextTick(cb, null, catalog);
  fs.readFile(CATALOG, 'utf8', function (err, text) {
    if (err) return cb(err);
    counters.loads++;
    catalog = JSON.parse(text);
    cb(null, catalog);
  });
}

function findBook(isbn, cb) {
  loadCatalog(function (err, cat) {
    if (err) return cb(err);
    const book = cat.books.find(function (b) { return b.isbn === isbn; });
    if (!book) return cb(Object.assign(new Error('no book ' + isbn), { status: 404 }));
    cb(null, book);
  });
}

const app = express();
app.use(express.json());

app.get('/books', function (req, res, next) {
  loadCatalog(function (err, cat) {
    if (err) return next(err);
    res.json(cat.books.map(function (b) { return b.title + ':' + b.stock; }));
  });
});

app.post('/orders', function (req, res, next) {
  const isbn = req.body.isbn, qty = req.body.qty || 1;
  async.waterfall([
    function (done) { findBook(isbn, done); },
    function (book, done) {
      if (book.stock < qty) return done(Object.assign(new Error('out of stock: ' + book.title), { status: 409 }));
      book.stock -= qty;
      done(null, book);
    },
    function (book, done) {
      counters.orders++;
      const line = JSON.stringify({ n: counters.orders, isbn: isbn, qty: qty }) + '\n';
      fs.appendFile(ORDERS, line, function (err) { done(err, book); });
    },
  ], function (err, book) {
    if (err) { counters.failed++; return next(err); }
    res.status(201).json({ title: book.title, left: book.stock, order: counters.orders });
  });
});

// restock several books, one after the other, stopping at the first unknown one
app.post('/restock', function (req, res, next) {
  const done = [];
  async.eachSeries(req.body.items || [], function (item, cb) {
    findBook(item.isbn, function (err, book) {
      if (err) return cb(err);
      book.stock += item.qty;
      counters.restocked += item.qty;
      done.push(book.title);
      cb();
    });
  }, function (err) {
    if (err) return res.status(err.status || 500).json({ error: err.message, restocked: done });
    res.json({ restocked: done });
  });
});

app.get('/report', function (req, res, next) {
  async.parallel({
    orders: function (cb) {
      fs.readFile(ORDERS, 'utf8', function (err, text) {
        if (err && err.code === 'ENOENT') return cb(null, []);
        cb(err, text ? text.trim().split('\n').map(function (l) { return JSON.parse(l); }) : []);
      });
    },
    books: loadCatalog,
  }, function (err, results) {
    if (err) return next(err);
    res.json({
      counters: counters,
      orders: results.orders.map(function (o) { return o.n + ':' + o.isbn + 'x' + o.qty; }),
      inStock: results.books.books.filter(function (b) { return b.stock > 0; }).length,
    });
  });
});

app.post('/reset', function (req, res, next) {
  async.series([
    function (cb) { fs.unlink(ORDERS, function (err) { cb(err && err.code !== 'ENOENT' ? err : null); }); },
    function (cb) { catalog = null; cb(); },
    loadCatalog,
  ], function (err) {
    if (err) return next(err);
    res.json({ reset: true, loads: counters.loads });
  });
});

app.use(function (err, req, res, next) {
  res.status(err.status || 500).json({ error: err.message });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
