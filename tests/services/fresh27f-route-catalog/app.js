// A small inventory API with an admin endpoint listing its routes, express-list-endpoints style:
// walks app._router.stack, descends into mounted routers through layer.handle.stack and reads the
// mount path back from layer.regexp. Hits are counted per route pattern (req.route.path).
const express = require('express');
const items = require('./routes/items');

const app = express();
app.use(express.json());

const hits = {};
app.use(function countHits(req, res, next) {
  res.on('finish', () => {
    if (req.route) {
      const key = req.method + ' ' + (req.baseUrl || '') + req.route.path;
      hits[key] = (hits[key] || 0) + 1;
    }
  });
  next();
});

app.use((req, res, next) => {
  const full = (p) => p.replace(/\/\d+$/, '/:id');
  if (disabled.has(full(req.path))) return res.status(503).json({ error: 'disabled', path: req.path });
  next();
});
app.use('/api/items', items);

function mountPath(layer) {
  if (layer.regexp.fast_slash) return '';
  const m = layer.regexp.source.replace('\\/?(?=\\/|$)', '').match(/^\^\\(\/.*)$/);
  return m ? m[1].replace(/\\\//g, '/') : '?';
}

function listEndpoints(stack, prefix) {
  const out = [];
  for (const layer of stack) {
    if (layer.route) {
      out.push({ path: prefix + layer.route.path, methods: Object.keys(layer.route.methods).map((m) => m.toUpperCase()) });
    } else if (layer.name === 'router' && layer.handle.stack) {
      out.push(...listEndpoints(layer.handle.stack, prefix + mountPath(layer)));
    }
  }
  return out;
}

app.get('/admin/routes', (req, res) => {
  res.json(listEndpoints(app._router.stack, ''));
});

app.get('/admin/middleware', (req, res) => {
  res.json(app._router.stack.filter((l) => !l.route).map((l) => l.name));
});

app.get('/admin/hits', (req, res) => res.json(hits));

const disabled = new Set();
app.post('/admin/disable', (req, res) => {
  const known = listEndpoints(app._router.stack, '').map((e) => e.path);
  if (!known.includes(req.body.path)) return res.status(404).json({ error: 'no such route', known: known.length });
  disabled.add(req.body.path);
  res.json({ disabled: [...disabled] });
});

app.listen(process.env.PORT || 3000);
