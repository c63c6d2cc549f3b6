// Posts through tapable-style hooks written by hand: plugins of three shapes (a class instance, a
// factory's object, a plain object) registered in a loop with `plugin.apply(hooks)`, each keeping its
// own state; taps ordered by `stage`, a bail hook vetoing, a waterfall shaping the post, an async
// series hook awaited, interceptors counting tap runs, and a tap removed and added back by requests.
'use strict';
const express = require('express');
const { SyncHook, SyncBailHook, SyncWaterfallHook, AsyncSeriesHook } = require('./lib/hooks');
const SlugPlugin = require('./lib/plugins/slug');
const moderation = require('./lib/plugins/moderation');
const stats = require('./lib/plugins/stats');

const hooks = {
  validate: new SyncBailHook(['post']),
  normalize: new SyncWaterfallHook(['post']),
  created: new SyncHook(['post']),
  index: new AsyncSeriesHook(['post']),
};

const slugs = new SlugPlugin();
const mod = moderation({ banned: ['spam', 'casino'] });
const plugins = [slugs, mod, stats];
for (const plugin of plugins) plugin.apply(hooks);

const posts = [];
let nextId = 1;
let featured = null;

function feature(post) {
  featured = post.id;
}
hooks.created.tap({ name: 'feature-first', stage: -5 }, (post) => {
  if (featured === null) feature(post);
});

const app = express();
app.use(express.json());

app.post('/posts', async (req, res) => {
  const reason = hooks.validate.call(req.body);
  if (reason) return res.status(422).json({ error: reason });
  const post = hooks.normalize.call({ id: nextId++, ...req.body });
  posts.push(post);
  hooks.created.call(post);
  await hooks.index.promise(post);
  res.status(201).json(post);
});

app.delete('/taps/:hook/:name', (req, res) => {
  const hook = hooks[req.params.hook];
  if (!hook) return res.status(404).json({ error: 'no hook' });
  res.json({ removed: hook.untap(req.params.name), taps: hook.taps.map((t) => t.name) });
});

app.post('/taps/normalize/shout', (req, res) => {
  hooks.normalize.tap({ name: 'shout', stage: 20 }, (post) => ({ ...post, title: post.title.toUpperCase() }));
  res.json({ taps: hooks.normalize.taps.map((t) => `${t.name}@${t.stage}`) });
});

app.get('/state', (req, res) => {
  res.json({
    posts: posts.map((p) => `${p.id}:${p.slug}:${p.title}`),
    featured,
    slugsMade: slugs.made,
    rejected: mod.rejected,
    byAuthor: stats.byAuthor,
    indexed: stats.indexed,
    tapRuns: stats.tapRuns,
    calls: Object.fromEntries(Object.entries(hooks).map(([k, h]) => [k, h.calls])),
  });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
