// marked 4: Markdown pages kept in module state, rendered with marked.parse (GFM tables, code,
// lists, links), options per call, the lexer's tokens and inline parsing.
var express = require('express');
var marked = require('marked');
var app = express();
app.use(express.text({ type: 'text/markdown' }));
var pages = {};

app.put('/pages/:name', function save(req, res) {
  pages[req.params.name] = req.body;
  res.status(201).json({ pages: Object.keys(pages).length });
});
app.get('/pages/:name', function show(req, res) {
  if (!(req.params.name in pages)) return res.status(404).send('<p>no page</p>');
  res.send(marked.parse(pages[req.params.name], { breaks: req.query.breaks === '1', gfm: req.query.gfm !== '0' }));
});
app.get('/tokens/:name', function tokens(req, res) {
  res.json(marked.lexer(pages[req.params.name] || '').map(function (t) { return t.type; }));
});
app.get('/inline', function inline(req, res) { res.send(marked.parseInline(String(req.query.md))); });

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
