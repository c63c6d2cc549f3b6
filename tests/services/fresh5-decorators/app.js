// Hand-written higher-order wrappers around handlers and functions: memoize
// (a Map in the wrapper's closure, keyed by JSON of the args), once (the first
// result kept), a throttle by count (every nth call passes), and a `cached`
// route decorator that stores whole responses by URL until a write clears it.
const express = require('express');

const calls = { fib: 0, setup: 0, report: 0 };

function memoize(fn) {
  const cache = new Map();
  const wrapped = (...args) => {
    const key = JSON.stringify(args);
    if (!cache.has(key)) cache.set(key, fn(...args));
    return cache.get(key);
  };
  wrapped.size = () => cache.size;
  wrapped.clear = () => cache.clear();
  return wrapped;
}

function once(fn) {
  let done = false;
  let result;
  return function (...args) {
    if (!done) {
      done = true;
      result = fn.apply(this, args);
    }
    return result;
  };
}

function everyNth(n, fn) {
  let seen = 0;
  return (...args) => (++seen % n === 0 ? fn(...args) : { skipped: seen });
}

function cached(handler) {
  const responses = {};
  const route = (req, res) => {
    if (responses[req.originalUrl]) return res.set('x-cache', 'hit').json(responses[req.originalUrl]);
    const json = res.json.bind(res);
    res.json = (body) => {
      responses[req.originalUrl] = body;
      return json(body);
    };
    res.set('x-cache', 'miss');
    return handler(req, res);
  };
  route.invalidate = () => Object.keys(responses).forEach((k) => delete responses[k]);
  return route;
}

const fib = memoize((n) => {
  calls.fib++;
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
});

const settings = { region: null, multiplier: 1 };
const setup = once((region) => {
  calls.setup++;
  settings.region = region;
  return `configured ${region}`;
});

const scores = [];
const sampled = everyNth(3, (v) => {
  scores.push(v);
  return { kept: scores.length };
});

const report = cached((req, res) => {
  calls.report++;
  const top = [...scores].sort((a, b) => b - a).slice(0, Number(req.query.top ?? 2));
  res.json({ top, multiplier: settings.multiplier, region: settings.region });
});

const app = express();
app.use(express.json());

app.get('/fib/:n', (req, res) => res.json({ value: fib(Number(req.params.n)), calls: calls.fib, size: fib.size() }));
app.delete('/fib', (req, res) => { fib.clear(); res.json({ size: fib.size() }); });
app.post('/setup', (req, res) => res.json({ message: setup(req.body.region), settings }));
app.post('/scores', (req, res) => {
  const out = sampled(req.body.value * settings.multiplier);
  if (out.kept) report.invalidate();
  res.json(out);
});
app.put('/multiplier', (req, res) => {
  settings.multiplier = req.body.value;
  report.invalidate();
  res.json(settings);
});
app.get('/report', report);
app.get('/calls', (req, res) => res.json(calls));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
