// cors: a global policy with a list of origins, a route with its own options, preflights
// (OPTIONS) passed on to a handler that shows the headers cors set, and an origin function deciding from the service's state.
var express = require('express');
var cors = require('cors');
var app = express();
var trusted = ['http://a.example'];

app.use('/open', cors());
app.options('/api/*', cors({ origin: trusted, methods: ['GET', 'PUT'], maxAge: 600, preflightContinue: true }),
            function preflight(req, res) { res.status(204).set('x-cors', JSON.stringify(res.getHeaders())).end(); });
app.get('/open/ping', function ping(req, res) { res.json({ pong: true, headers: res.getHeaders() }); });
app.get('/api/items', cors({ origin: ['http://a.example', 'http://b.example'], credentials: true,
                            exposedHeaders: ['x-total'] }), function items(req, res) {
  res.set('x-total', '2').json({ items: ['x', 'y'], headers: res.getHeaders() });
});
app.put('/trust/:host', function trust(req, res) {
  trusted.push('http://' + req.params.host);
  res.status(201).json(trusted);
});
app.get('/dynamic', cors(function (req, done) {
  done(null, { origin: trusted.indexOf(req.header('Origin')) !== -1 });
}), function dynamic(req, res) { res.json({ origin: req.header('Origin') || null, headers: res.getHeaders() }); });

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
