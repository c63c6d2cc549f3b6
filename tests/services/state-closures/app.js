// State held by closures and reached through other bindings: a store made by a
// factory function whose accessors hand out its entries, a controller's methods
// bound to it and called by the handlers, a binding to part of a config object
// that another route changes through the whole.
const express = require('express');
const app = express();

function createStore() {
  const entries = new Map();
  return {
    entry(key) {
      if (!entries.has(key)) entries.set(key, { key, hits: 0 });
      return entries.get(key);
    },
    list: () => [...entries.values()],
  };
}

class Controller {
  constructor(store) {
    this.store = store;
    this.calls = 0;
  }

  hit(req, res) {
    this.calls += 1;
    const e = this.store.entry(req.params.key);
    e.hits += 1;
    res.json({ entry: e, calls: this.calls });
  }

  summary(req, res) {
    res.json({ calls: this.calls, entries: this.store.list() });
  }
}

const store = createStore();
const controller = new Controller(store);
const settings = { limits: { maxHits: 3 }, name: 'closures' };
const limits = settings.limits;

const hit = controller.hit.bind(controller);
const summary = controller.summary.bind(controller);

app.post('/hit/:key', (req, res) => hit(req, res));
app.get('/summary', (req, res) => summary(req, res));

app.put('/limit/:n', (req, res) => {
  settings.limits.maxHits = Number(req.params.n);
  res.json(settings);
});

app.get('/check/:key', (req, res) => {
  const e = store.entry(req.params.key);
  res.json({ key: e.key, over: e.hits > limits.maxHits, max: limits.maxHits });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
