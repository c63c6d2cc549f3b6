var express = require('express');
var store = require('./store');
var fs = require('fs');
var path = require('path');

var app = express();
app.use(express.json());

app.use(function (req, res, next) {
  if (store.loaded) return next();
  store.load(function (err) {
    if (err) return next(err);
    next();
  });
});

app.post('/notes', function (req, res) {
  if (!req.body.text) return res.status(400).send('text required');
  res.status(201).json(store.add(req.body.text));
});

app.get('/notes', function (req, res) {
  res.json(store.notes);
});

app.get('/disk', function (req, res, next) {
  fs.readFile(path.join(__dirname, 'data', 'notes.json'), 'utf8', function (err, text) {
    if (err) return res.status(404).json({ code: err.code });
    res.json({ onDisk: JSON.parse(text).length, saves: store.saves, writing: store.writing });
  });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
