// Middleware that names itself: every layer a request passes through is recorded by fn.name in an
// x-trace header and in a per-name counter; handlers made by factories, arrows assigned to consts,
// bound methods and anonymous functions all show up as Node names them. Log lines use util.styleText.
const express = require('express');
const util = require('node:util');

const app = express();
app.use(express.json());

const seen = {};
const log = [];
function traced(fn) {
  const label = fn.name || '<anonymous>';
  const wrapper = function (req, res, next) {
    (res.locals.trace ||= []).push(label);
    seen[label] = (seen[label] || 0) + 1;
    res.set('x-trace', res.locals.trace.join(','));
    return fn(req, res, next);
  };
  Object.defineProperty(wrapper, 'name', { value: 'traced(' + label + ')' });
  return wrapper;
}

const requestId = (req, res, next) => { res.set('x-request-id', String(log.length + 1)); next(); };
function limit(max) {
  return function limiter(req, res, next) {
    if ((seen.limiter || 0) > max) return res.status(429).json({ error: 'slow down' });
    next();
  };
}
class Auth {
  constructor(token) { this.token = token; }
  check(req, res, next) {
    if (req.get('authorization') !== 'Bearer ' + this.token) return res.status(401).json({ error: 'no' });
    next();
  }
}
const auth = new Auth('s3cret');
const checkAuth = auth.check.bind(auth);

app.use(traced(requestId));
app.use(traced(function (req, res, next) { next(); }));
app.use(traced(limit(12)));
app.use((req, res, next) => {
  res.on('finish', () => log.push(util.styleText('green', req.method) + ' ' + req.path + ' ' + res.statusCode));
  next();
});

const items = [];
app.get('/items', traced((req, res) => res.json(items)));
app.post('/items', traced(checkAuth), traced(function addItem(req, res) {
  items.push(req.body.name);
  res.status(201).json({ count: items.length });
}));
app.get('/names', (req, res) => res.json({
  requestId: requestId.name, limiter: limit(1).name, check: auth.check.name, bound: checkAuth.name,
  boundLength: checkAuth.length, anon: (() => {}).name, traced: traced(requestId).name,
  stack: app._router.stack.map((l) => l.name),
}));
app.get('/seen', (req, res) => res.json(seen));
app.get('/log', (req, res) => res.json(log));

app.listen(process.env.PORT || 3000);
