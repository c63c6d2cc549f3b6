var createError = require('http-errors');
var express = require('express');
var cookieParser = require('cookie-parser');
var logger = require('morgan');
var cors = require('cors');

var indexRouter = require('./routes/index');
var ratesRouter = require('./routes/rates');
var keysRouter = require('./routes/keys');

var app = express();

app.use(logger('dev'));
app.use(express.json());
app.use(express.urlencoded({ extended: false }));
app.use(cookieParser());
app.use(cors({ origin: ['https://app.example.com'], exposedHeaders: ['X-Quota-Remaining'] }));

app.use('/', indexRouter);
app.use('/v1', ratesRouter);
app.use('/admin/keys', keysRouter);

// catch 404 and forward to error handler
app.use(function (req, res, next) {
  next(createError(404));
});

// error handler
app.use(function (err, req, res, next) {
  res.status(err.status || 500);
  res.json({ error: { status: err.status || 500, message: err.message } });
});

module.exports = app;
