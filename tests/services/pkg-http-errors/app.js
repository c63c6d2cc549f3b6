// http-errors 2 from node_modules (and its dependencies depd, statuses,
// inherits, setprototypeof, toidentifier): errors made by the package reach a
// custom error handler and Express's default one.
var express = require('express');
var createError = require('http-errors');
var app = express();
app.use(express.json());

var accounts = { ann: 50 };

app.post('/accounts/:name/withdraw/:amount', function withdraw(req, res, next) {
  var balance = accounts[req.params.name];
  var amount = Number(req.params.amount);
  if (balance === undefined) return next(createError(404, 'no account ' + req.params.name));
  if (!(amount > 0)) return next(new createError.BadRequest());
  if (amount > balance) return next(createError(409, 'only ' + balance + ' left', { left: balance }));
  accounts[req.params.name] = balance - amount;
  res.json({ name: req.params.name, balance: accounts[req.params.name] });
});

app.post('/accounts/:name', function open(req, res, next) {
  if (accounts[req.params.name] !== undefined) return next(createError.Conflict('exists'));
  accounts[req.params.name] = 100;
  res.status(201).json(accounts);
});

app.get('/boom/:code', function boom(req, res, next) {
  next(createError(Number(req.params.code)));
});

app.get('/plain', function plain(req, res) {
  throw createError(418, 'short and stout', { expose: false });
});

app.get('/inspect/:code', function inspect(req, res) {
  var e = createError(Number(req.params.code), 'x');
  res.json({ name: e.name, status: e.status, statusCode: e.statusCode, expose: e.expose, message: e.message,
             isHttp: e instanceof createError.HttpError, isError: e instanceof Error, isHttpErrorFn: createError.isHttpError(e) });
});

app.use('/accounts', function apiErrors(err, req, res, next) {
  res.status(err.status || 500).json({ error: err.expose ? err.message : 'hidden', name: err.name, left: err.left });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
