const express = require('express');
const store = require('../lib/store');
const tasks = require('./tasks');

const router = express.Router();
router.param('slug', require('../middleware/load-project'));

router.route('/')
  .get((req, res) => {
    res.json(store.projects.map((p) => ({ slug: p.slug, owner: p.owner, tasks: p.tasks.length, activity: p.activity })));
  })
  .post((req, res) => {
    const slug = String(req.body.name || '').toLowerCase().replace(/[^a-z0-9]+/g, '-');
    if (!slug) return res.status(400).json({ error: 'name required' });
    if (store.findProject(slug)) return res.status(409).json({ error: `${slug} exists` });
    store.projects.push({ slug, owner: res.locals.user, tasks: [], activity: 0 });
    res.status(201).json({ slug, owner: res.locals.user, requestNo: res.locals.requestNo });
  });

router.get('/:slug', (req, res) => {
  res.json({ slug: req.project.slug, owner: req.project.owner, activity: req.project.activity, viewer: res.locals.user });
});

router.use('/:slug/tasks', tasks);

module.exports = router;
