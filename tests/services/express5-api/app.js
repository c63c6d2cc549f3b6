// What Express 5 changed in req and res: req.query is a getter parsed with the "simple"
// parser (writes to it are lost); req.param, app.del, res.send(status), res.json(obj,
// status) and redirect('back') are gone; res.status validates its code; req.body stays
// undefined when no body parser parsed it.
const express = require('express');

const app = express();
app.set('trust proxy', 'loopback');
const notes = [];

app.get('/search', (req, res) => {
  req.query = { q: 'replaced' };   // ignored: req.query has only a getter
  req.query.page = '9';            // lost: each read parses the query again
  res.json({ query: req.query, same: req.query === req.query, parser: app.get('query parser') });
});

app.get('/nested', (req, res) => {
  // the simple parser keeps brackets in the names
  res.json(Object.entries(req.query));
});

app.get('/removed', (req, res) => {
  res.json({
    param: typeof req.param,
    del: typeof app.del,
    sendfile: typeof res.sendfile,
  });
});

app.get('/send-number', (req, res) => {
  res.send(201);                   // Express 5 sends the number as JSON, status unchanged
});

app.get('/json-status', (req, res) => {
  res.json({ created: true }, 201); // the status argument is ignored
});

app.get('/back', (req, res) => {
  res.redirect('back');            // a plain relative URL now
});

app.get('/go', (req, res) => {
  res.redirect(301, '/search?q=moved');
});

app.get('/status/:code', (req, res) => {
  const code = req.query.raw ? req.params.code : Number(req.params.code);
  res.status(code).json({ code });
});

app.get('/send-status/:code', (req, res) => {
  res.sendStatus(Number(req.params.code));
});

app.get('/wrong-order', (req, res) => {
  res.redirect('/search', 301);    // Express 4's order: Express 5 takes '/search' as the status
});

app.post('/notes', (req, res) => {
  // no body parser on this route
  res.json({ body: req.body === undefined ? 'undefined' : req.body });
});

app.post('/notes/json', express.json(), (req, res) => {
  if (req.body === undefined) return res.status(415).json({ error: 'send JSON' });
  notes.push(req.body.text);
  res.status(201).json({ notes });
});

// behind a trusted proxy: req.host is X-Forwarded-Host with its port, req.hostname without
app.get('/host', (req, res) => {
  res.json({ host: req.host, hostname: req.hostname });
});

// body-parser 2: urlencoded is not extended unless asked
app.post('/form', express.urlencoded(), (req, res) => {
  res.json(Object.entries(req.body));
});

app.use((err, req, res, next) => {
  res.status(500).json({ name: err.name, message: err.message });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
