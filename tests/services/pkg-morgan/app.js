// morgan 1.10 logging through on-finished and on-headers, to the project's
// console (process.stdout): a custom format and token, skip(), the 'combined'
// format for errors; and a route that formats its own line with morgan.compile.
var express = require('express');
var morgan = require('morgan');
var app = express();

morgan.token('user', function (req) { return req.headers['x-user'] || 'nobody'; });
var line = morgan.compile(':method :url :status :res[content-type] :user :req[x-user]');

app.use(morgan(':method :url :status :res[content-type] :user'));
app.use(morgan(':status :method :url (an error)', { skip: function (req, res) { return res.statusCode < 400; } }));

app.get('/hello', function hello(req, res) {
  res.send('hello');
});

app.get('/missing', function missing(req, res) {
  res.status(404).json({ error: 'missing' });
});

app.post('/items', express.json(), function add(req, res) {
  res.status(201).json(req.body);
});

app.get('/line', function ownLine(req, res) {
  res.type('text');
  res.status(202);
  res.setHeader('x-line', line(morgan, req, res));
  res.send('see x-line');
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
