// A hand-written koa-style `compose` of async middleware (each gets ctx and
// next), a `pipe` of plain transforms, and a plugin list that a request can
// extend: the pipeline is rebuilt from the list after each change, middleware
// write counters and an audit array kept in module scope.
const express = require('express');

function compose(middleware) {
  return function run(ctx) {
    let last = -1;
    function step(i) {
      if (i <= last) return Promise.reject(new Error('next() called twice'));
      last = i;
      const fn = middleware[i];
      return fn ? Promise.resolve(fn(ctx, () => step(i + 1))) : Promise.resolve();
    }
    return step(0);
  };
}

const pipe = (...fns) => (x) => fns.reduce((v, f) => f(v), x);

const counters = { seen: 0, rejected: 0, byUser: {} };
const audit = [];

const timing = async (ctx, next) => {
  ctx.trail.push('timing>');
  await next();
  ctx.trail.push('<timing');
};
const count = async (ctx, next) => {
  counters.seen++;
  counters.byUser[ctx.user] = (counters.byUser[ctx.user] ?? 0) + 1;
  await next();
};
const guard = (ctx, next) => {
  if (ctx.user === 'mallory') {
    counters.rejected++;
    ctx.status = 403;
    return;
  }
  return next();
};
const greedy = async (ctx, next) => {
  await next();
  await next();
};

const catalog = {
  upper: async (ctx, next) => { ctx.text = ctx.text.toUpperCase(); await next(); },
  exclaim: async (ctx, next) => { await next(); ctx.text += '!'; },
  audit: async (ctx, next) => { audit.push(`${ctx.user}:${ctx.text}`); await next(); },
  greedy,
};

const plugins = [];
let handle = compose([timing, count, guard]);
const rebuild = () => { handle = compose([timing, count, guard, ...plugins.map((n) => catalog[n])]); };

const normalize = pipe((s) => s.trim(), (s) => s.replace(/\s+/g, ' '), (s) => s.slice(0, 20));

const app = express();
app.use(express.json());

app.post('/plugins', (req, res) => {
  const { name } = req.body;
  if (!Object.hasOwn(catalog, name)) return res.status(400).json({ error: `no plugin ${name}` });
  plugins.push(name);
  rebuild();
  res.status(201).json({ plugins });
});

app.delete('/plugins/:name', (req, res) => {
  const i = plugins.lastIndexOf(req.params.name);
  if (i < 0) return res.status(404).json({ error: 'not installed' });
  plugins.splice(i, 1);
  rebuild();
  res.json({ plugins });
});

app.post('/say', async (req, res) => {
  const ctx = { user: req.get('x-user') ?? 'anon', text: normalize(req.body.text ?? ''), trail: [], status: 200 };
  try {
    await handle(ctx);
    res.status(ctx.status).json({ text: ctx.text, trail: ctx.trail });
  } catch (err) {
    res.status(500).json({ error: err.message, text: ctx.text });
  }
});

app.get('/stats', (req, res) => res.json({ counters, audit, plugins: plugins.join(',') }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
