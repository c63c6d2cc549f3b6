// A cache of promises: concurrent and later lookups of the same key share one
// in-flight async computation (setTimeout-based fake I/O); failures are evicted
// so a retry computes again; counters show how often the loader really ran.
const express = require('express');
const { setTimeout: sleep } = require('node:timers/promises');

const loads = { count: 0, byKey: {} };
const pending = new Map();

async function loadUser(id) {
  loads.count++;
  loads.byKey[id] = (loads.byKey[id] ?? 0) + 1;
  await sleep(5);
  if (id.startsWith('x')) throw new Error(`no user ${id}`);
  return { id, name: id.toUpperCase(), loadedAs: loads.count };
}

function memoized(id) {
  if (!pending.has(id)) {
    const p = loadUser(id).catch((err) => {
      pending.delete(id);
      throw err;
    });
    pending.set(id, p);
  }
  return pending.get(id);
}

const app = express();

app.get('/users/:id', async (req, res) => {
  try {
    const user = await memoized(req.params.id);
    res.json(user);
  } catch (err) {
    res.status(404).json({ error: err.message });
  }
});

app.get('/pair/:a/:b', (req, res, next) => {
  Promise.all([memoized(req.params.a), memoized(req.params.b)])
    .then(([a, b]) => res.json({ names: [a.name, b.name] }))
    .catch(next);
});

app.delete('/users/:id', (req, res) => {
  res.json({ evicted: pending.delete(req.params.id) });
});

app.get('/loads', (req, res) => res.json({ ...loads, cached: [...pending.keys()].sort() }));

app.use((err, req, res, next) => res.status(502).json({ failed: err.message }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
