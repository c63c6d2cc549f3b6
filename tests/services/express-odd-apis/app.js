// Less common parts of Express 4's API: content negotiation with res.format and req.accepts,
// next('route') and next('router'), app.all and router.route().all(), regular-expression and
// array paths, optional and wildcard parameters, OPTIONS answered by the router, HEAD from a
// GET route, res.jsonp, json spaces and replacer settings, res.links/location/vary/append,
// res.sendStatus, res.type and res.attachment by extension, express.text and express.raw
// bodies, req.is, req.range, and a sub-app with settings of its own (trust proxy:
// req.hostname and req.subdomains).
const express = require('express');

const app = express();
app.set('json spaces', 1);
app.set('json replacer', (key, value) => (key === 'secret' ? undefined : value));
app.disable('x-powered-by');

const seen = [];

app.all('/any', (req, res) => res.json({ method: req.method }));

app.get('/neg', (req, res) => {
  res.format({
    'text/plain': () => res.send('plain'),
    'application/json': () => res.json({ kind: 'json' }),
    default: () => res.status(406).send('nope'),
  });
});

app.get('/accepts', (req, res) => res.json({ best: req.accepts(['html', 'json']) || null, langs: req.acceptsLanguages() }));

app.get('/users/:id', (req, res, next) => {
  if (req.params.id === 'me') return next('route');
  res.json({ user: req.params.id });
}, () => { throw new Error('not reached'); });
app.get('/users/:id', (req, res) => res.json({ user: 'current' }));

const admin = express.Router();
admin.use((req, res, next) => (req.get('x-admin') ? next() : next('router')));
admin.get('/panel', (req, res) => res.json({ admin: true }));
app.use('/adm', admin);
app.get('/adm/panel', (req, res) => res.status(403).json({ admin: false }));

app.route('/items/:name')
  .all((req, res, next) => { seen.push(`${req.method} ${req.params.name}`); next(); })
  .get((req, res) => res.json({ name: req.params.name, seen }))
  .put(express.text(), (req, res) => res.json({ text: req.body, is: req.is('text/*') }));

app.get(/^\/re\/(\d+)$/, (req, res) => res.json({ digits: req.params[0] }));
app.get(['/one', '/two'], (req, res) => res.json({ path: req.path }));
app.get('/opt/:a/:b?', (req, res) => res.json({ a: req.params.a, b: req.params.b ?? null }));
app.get('/files/*', (req, res) => res.json({ rest: req.params[0] }));

app.post('/raw', express.raw({ type: 'application/octet-stream' }), (req, res) => {
  res.json({ bytes: req.body.length, first: req.body[0], isBuffer: Buffer.isBuffer(req.body) });
});

app.get('/jsonp', (req, res) => res.jsonp({ ok: true, secret: 'x' }));
app.get('/headers', (req, res) => {
  res.links({ next: '/headers?page=2', last: '/headers?page=9' });
  res.location('/elsewhere');
  res.vary('Accept');
  res.append('X-Tag', 'a');
  res.append('X-Tag', 'b');
  res.json({ ok: true, secret: 'hidden' });
});
app.get('/status', (req, res) => res.sendStatus(418));
app.get('/type/:ext', (req, res) => res.type(req.params.ext).send('typed'));
app.get('/download/:name', (req, res) => res.attachment(req.params.name).send('a,b'));
app.get('/range', (req, res) => res.json({ range: req.range(1000) ?? null }));

const sub = express();
sub.set('json spaces', 0);
sub.set('trust proxy', true);
sub.get('/host', (req, res) => res.json({ hostname: req.hostname, subdomains: req.subdomains }));
sub.get('/info', (req, res) => res.json({ mountpath: sub.mountpath, base: req.baseUrl, original: req.originalUrl }));
app.use('/sub', sub);

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
