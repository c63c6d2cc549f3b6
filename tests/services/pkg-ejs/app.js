// ejs 3 views through Express's app.set('view engine'), res.render and
// app.render: app.locals and res.locals, includes, a view in a folder
// (index.ejs), an explicit extension, the callback form, a missing view and a
// template error through the error handler.
var express = require('express');
var path = require('path');
var app = express();

app.set('views', path.join(__dirname, 'views'));
app.set('view engine', 'ejs');
app.locals.site = 'Tea House';

var orders = [];

app.use(function (req, res, next) {
  res.locals.user = req.get('x-user') || 'guest';
  next();
});

app.get('/', function home(req, res) {
  res.render('index', { title: 'Menu', teas: ['green', 'black', '<oolong>'] });
});

app.post('/order/:tea', function order(req, res) {
  orders.push(req.params.tea);
  res.render('orders.ejs', { orders: orders });
});

app.get('/shop', function shop(req, res) {
  res.render('shop', { open: true });
});

app.get('/callback', function withCallback(req, res) {
  res.render('index', { title: 'Called back', teas: [] }, function (err, html) {
    if (err) return res.status(500).send('render failed');
    res.type('text').send('length ' + html.length + ': ' + html.split('\n')[0]);
  });
});

app.get('/app-render', function appRender(req, res) {
  app.render('orders', { orders: ['x', 'y'], user: 'app' }, function (err, html) {
    res.json({ err: err ? err.message : null, html: html });
  });
});

app.get('/missing', function missing(req, res) {
  res.render('nowhere');
});

app.get('/broken', function broken(req, res) {
  res.render('broken', {});
});

app.use(function (err, req, res, next) {
  res.status(500).json({ error: err.message.split('\n')[0].replace(__dirname, '') });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
