// Watchers added and removed by requests on an EventEmitter subclass that watches its own listeners
// (`newListener`, `removeListener`, `errorMonitor`), answering `eventNames()`, `listenerCount()`,
// `rawListeners()` (once wrappers and their `.listener`), `listeners()` called by a replay, `setMaxListeners`; a watcher
// added during an emit is not called by that emit, one removed during it still is; `prependOnceListener`;
// an 'error' emitted without an error listener throws into the handler.
'use strict';
const express = require('express');
const channel = require('./lib/channel');

const app = express();
app.use(express.json());

const seen = [];
const watchers = new Map();

function makeWatcher(name, kind) {
  const fns = {
    [name](payload) {
      seen.push(`${name}<-${payload.id}`);
      if (kind === 'spawner') {
        const child = `${name}-child`;
        if (!watchers.has(child)) {
          const fn = makeWatcher(child, 'plain');
          watchers.set(child, fn);
          channel.on('placed', fn);
        }
      }
      if (kind === 'remover') {
        for (const [other, fn] of watchers) {
          if (other !== name && other.startsWith('victim')) {
            channel.off('placed', fn);
            watchers.delete(other);
          }
        }
      }
    },
  };
  return fns[name];
}

app.post('/watchers', (req, res) => {
  const { name, kind = 'plain', mode = 'on' } = req.body;
  if (watchers.has(name)) return res.status(409).json({ error: 'exists', name });
  const fn = makeWatcher(name, kind);
  watchers.set(name, fn);
  if (mode === 'once') channel.once('placed', fn);
  else if (mode === 'prependOnce') channel.prependOnceListener('placed', fn);
  else if (mode === 'prepend') channel.prependListener('placed', fn);
  else channel.on('placed', fn);
  res.status(201).json({ name, mode, count: channel.listenerCount('placed') });
});

app.delete('/watchers/:name', (req, res) => {
  const fn = watchers.get(req.params.name);
  if (!fn) return res.status(404).json({ error: 'no watcher' });
  channel.removeListener('placed', fn);
  watchers.delete(req.params.name);
  res.json({ removed: req.params.name, count: channel.listenerCount('placed') });
});

app.post('/orders/:id', (req, res) => {
  const before = channel.listeners('placed').map((f) => f.name);
  const had = channel.publish('placed', { id: Number(req.params.id) });
  // once watchers fired are gone from the map's point of view too
  for (const [name, fn] of watchers) {
    if (!channel.listeners('placed').includes(fn)) watchers.delete(name);
  }
  res.json({ had, before, after: channel.listeners('placed').map((f) => f.name), seen: seen.slice(-6) });
});

app.post('/replay/:id', (req, res) => {
  const called = channel.replay('placed', { id: Number(req.params.id) });
  res.json({ called, count: channel.listenerCount('placed'), seen: seen.slice(-called) });
});

app.post('/fail', (req, res) => {
  try {
    channel.emit('error', new Error(req.body.message || 'boom'));
    res.json({ thrown: false });
  } catch (err) {
    res.status(500).json({ thrown: true, message: err.message });
  }
});

app.post('/error-handler', (req, res) => {
  channel.on('error', function logError(err) {
    seen.push(`error:${err.message}`);
  });
  res.json({ errorListeners: channel.listenerCount('error') });
});

app.put('/max', (req, res) => {
  channel.setMaxListeners(req.body.max);
  res.json({ max: channel.getMaxListeners() });
});

app.get('/meta', (req, res) => {
  res.json({ ...channel.describe(), watchers: [...watchers.keys()], seen });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
