// State kept where Express users keep it: app.locals, counters read through req.app,
// a middleware factory whose closure holds a Map, and a config swapped at run time.
const express = require('express');

const app = express();
app.locals.visits = 0;
app.locals.title = 'Locals';
app.use(express.json());

function rateLimit({ limit }) {
  const hits = new Map();
  return (req, res, next) => {
    const who = req.get('x-user') ?? 'anonymous';
    const count = (hits.get(who) ?? 0) + 1;
    hits.set(who, count);
    res.set('X-RateLimit-Remaining', String(Math.max(0, limit - count)));
    if (count > limit) return res.status(429).json({ error: `slow down, ${who}` });
    next();
  };
}

let config = { greeting: 'hello', shout: false };
const configure = (changes) => { config = { ...config, ...changes }; return config; };

app.use((req, res, next) => { req.app.locals.visits++; next(); });
app.use('/greet', rateLimit({ limit: 3 }));

app.get('/greet/:name', (req, res) => {
  const text = `${config.greeting}, ${req.params.name}`;
  res.json({ text: config.shout ? text.toUpperCase() : text, visits: req.app.locals.visits });
});

app.put('/config', (req, res) => res.json(configure(req.body)));
app.get('/stats', (req, res) => res.json({ title: app.locals.title, visits: app.locals.visits }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
