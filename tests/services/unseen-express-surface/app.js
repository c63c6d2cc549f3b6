const express = require('express');

const app = express();
app.set('json spaces', 2);
app.set('case sensitive routing', false);
app.enable('strict routing');
app.locals.site = 'Surface';

const users = { 7: { id: 7, name: 'Gus' }, 9: { id: 9, name: 'Ida' } };
app.param('uid', (req, res, next, uid) => {
  req.user = users[uid];
  if (!req.user) return res.status(404).type('text').send(`no user ${uid}`);
  next();
});

app.get('/users/:uid', (req, res) => {
  res.vary('Accept');
  res.format({
    'text/plain': () => res.send(`${req.user.name} (#${req.user.id})`),
    'text/html': () => res.send(`<b>${req.user.name}</b>`),
    'application/json': () => res.json(req.user),
    default: () => res.status(406).send('Not Acceptable'),
  });
});

app.get(/^\/files\/(\w+)\.(txt|md)$/, (req, res) => {
  res.attachment(`${req.params[0]}.${req.params[1]}`);
  res.append('X-Parts', req.params[0]).append('X-Parts', req.params[1]);
  res.send(`file ${req.params[0]}`);
});

app.all('/echo', express.text({ type: '*/*' }), (req, res) => {
  res.set('X-Method', req.method).json({
    method: req.method, accepts: req.accepts(['json', 'html']) || null, is: req.is('text/*') || null,
    body: req.body ?? null, query: req.query, xhr: req.xhr, secure: req.secure, protocol: req.protocol,
  });
});

app.get('/Strict/', (req, res) => res.send('with slash'));
app.get('/range', (req, res) => res.json({ range: req.range(1000) ?? null }));
app.get('/site', (req, res) => res.json({ site: res.app.locals.site, path: req.path, base: req.baseUrl, url: req.originalUrl }));
app.get('/redirect', (req, res) => res.redirect(301, '/site?from=redirect'));
app.get('/status', (req, res) => res.sendStatus(418));
app.get('/cookie', (req, res) => res.cookie('a', 'b c', { path: '/x', maxAge: 0 }).clearCookie('old').json({ ok: true }));
app.get('/links', (req, res) => res.links({ next: '/links?page=2', last: '/links?page=9' }).location('/elsewhere').end());

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
