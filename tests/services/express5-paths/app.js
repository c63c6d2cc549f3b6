// Express 5's route paths (path-to-regexp 8): named wildcards whose param is the array of
// segments, optional groups in braces, and the Express 4 strings it refuses when the route
// is defined (`*`, `?`, regex characters), with path-to-regexp's own message.
const express = require('express');

const app = express();
const files = express.Router();

// /files/docs/2024/report.pdf -> splat: ['docs', '2024', 'report.pdf']
files.get('/*splat', (req, res) => {
  res.json({ splat: req.params.splat, joined: req.params.splat.join('/') });
});
app.use('/files', files);

// an optional extension: /download/readme and /download/readme.txt
app.get('/download/:file{.:ext}', (req, res) => {
  res.json({ file: req.params.file, ext: req.params.ext ?? null });
});

// an optional segment: /posts and /posts/42
app.get('/posts{/:id}', (req, res) => {
  res.json({ id: req.params.id ?? 'all' });
});

// a wildcard that also matches its root: /docs and /docs/a/b
app.get('/docs{/*rest}', (req, res) => {
  res.json({ rest: req.params.rest ?? [] });
});

// quoted names and escaped characters
app.get('/v1/:"user-id"/items\\(all\\)', (req, res) => {
  res.json({ user: req.params['user-id'] });
});

// two params in one segment
app.get('/range/:from-:to', (req, res) => {
  res.json({ from: req.params.from, to: req.params.to });
});

// a RegExp path still works; its groups are numbered params
app.get(/^\/hex\/([0-9a-f]+)$/, (req, res) => {
  res.json({ hex: req.params[0], value: parseInt(req.params[0], 16) });
});

// mounting no longer stops at a dot: /static.v2 is not under /static
app.use('/static', (req, res) => res.json({ mounted: req.baseUrl, url: req.url }));

// param callbacks see the new params
app.param('user', (req, res, next, user) => {
  req.user = user.toUpperCase();
  next();
});
app.get('/users/:user{/*tabs}', (req, res) => {
  res.json({ user: req.user, tabs: req.params.tabs ?? null });
});

// the Express 4 strings that Express 5 refuses at definition
const refused = {};
for (const path of ['/*', '/user/:id?', '/a+', '/(foo)', '/:', '/files/*', '/item/:id(\\d+)', '/{open']) {
  try {
    app.get(path, (req, res) => res.send('never'));
    refused[path] = 'accepted';
  } catch (err) {
    refused[path] = { name: err.name, message: err.message };
  }
}
app.get('/refused', (req, res) => res.json(refused));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
