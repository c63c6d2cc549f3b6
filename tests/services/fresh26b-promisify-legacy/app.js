// A legacy callback SDK used through util.promisify: a function with a util.promisify.custom
// version counting its calls, a plain callback API whose setImmediate callback fills a prefs cache,
// a users file read once through fs callbacks; counters whose helper defaults its store to the
// module's Map (`bump(key, store = counters)`), a variadic tagger walking `arguments` with
// Array.prototype.forEach.call, and profiles cached through WeakRefs with a strong pin list.
'use strict';
const express = require('express');
const util = require('node:util');
const legacy = require('./lib/legacy');
const { bump, tagAll, counters } = require('./lib/counters');

const getUser = util.promisify(legacy.fetchUser);
const getPrefs = util.promisify(legacy.loadPrefs);

const app = express();
app.use(express.json());

const profiles = new Map();
const pinned = [];

app.get('/users/:id', async (req, res) => {
  try {
    const user = await getUser(req.params.id);
    const prefs = await getPrefs(req.params.id);
    bump(`user:${req.params.id}`);
    res.json({ user, prefs: { ...prefs }, calls: legacy.calls });
  } catch (err) {
    bump('errors');
    res.status(404).json({ error: err.code });
  }
});

app.post('/users/:id/theme', async (req, res) => {
  const prefs = await getPrefs(req.params.id);
  prefs.theme = req.body.theme;
  res.json({ theme: prefs.theme, seen: prefs.seen });
});

app.post('/profiles/:id', async (req, res) => {
  const user = await getUser(req.params.id);
  const profile = { ...user, bio: req.body.bio };
  profiles.set(req.params.id, new WeakRef(profile));
  pinned.push(profile);
  res.status(201).json({ pinned: pinned.length });
});

app.get('/profiles/:id', (req, res) => {
  const profile = profiles.get(req.params.id)?.deref();
  if (!profile) return res.status(404).json({ error: 'gone' });
  profile.views = (profile.views || 0) + 1;
  res.json(profile);
});

app.post('/tags', (req, res) => {
  res.json({ seen: tagAll(...req.body.tags) });
});

app.post('/scratch', (req, res) => {
  // a local store: the module's counters are untouched
  const local = new Map();
  req.body.keys.forEach((k) => bump(k, local));
  res.json({ local: Object.fromEntries(local), size: counters.size });
});

app.get('/counters', (req, res) => {
  res.json({ counters: Object.fromEntries([...counters].sort()), prefs: legacy.prefs.size });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
