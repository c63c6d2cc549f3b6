const express = require('express');
const state = require('./lib/state');
const { getConfig, setConfig } = require('./lib/config');
const catalog = require('./lib/catalog');

globalThis.visits ||= Object.create(null);

const app = express();
app.use(express.json());

app.use((req, res, next) => {
  const key = req.path.split('/')[1] || 'root';
  globalThis.visits[key] = (globalThis.visits[key] ?? 0) + 1;
  next();
});

app.get('/', (req, res) => res.type('text').send(`${getConfig().greeting}, visitor`));

app.patch('/config', (req, res) => {
  const allowed = Object.fromEntries(Object.entries(req.body).filter(([k]) => k in getConfig()));
  res.json(setConfig(allowed));
});

app.post('/items', (req, res) => {
  const { name, tags = [] } = req.body;
  catalog.add(name, tags);
  res.status(201).json({ added: name, total: state.counter });
});

app.get('/tags/:tag', (req, res) => {
  const names = catalog.byTag(req.params.tag).slice(0, getConfig().maxItems);
  res.json({ tag: req.params.tag, names });
});

app.post('/flags/:name', (req, res) => {
  Reflect.set(state.flags, req.params.name, req.body.on === true);
  res.json(state.flags);
});

app.get('/stats', (req, res) => res.json({ counter: state.counter, visits: { ...globalThis.visits }, flags: state.flags }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
