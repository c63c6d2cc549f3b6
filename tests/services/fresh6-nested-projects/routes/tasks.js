const express = require('express');
const store = require('../lib/store');
const comments = require('./comments');
const requireOwner = require('../middleware/require-owner');

const router = express.Router({ mergeParams: true });

router.param('taskId', (req, res, next, id) => {
  const task = req.project.tasks.find((t) => t.id === Number(id));
  if (!task) return res.status(404).json({ error: `task ${id} not in ${req.params.slug}` });
  req.task = task;
  next();
});

router.route('/')
  .get((req, res) => {
    const { status } = req.query;
    const tasks = status ? req.project.tasks.filter((t) => t.status === status) : req.project.tasks;
    res.json(tasks.map(({ id, title, status: s }) => ({ id, title, status: s })));
  })
  .post(requireOwner, (req, res) => {
    const task = { id: store.nextId(), title: req.body.title, status: 'open', comments: [] };
    req.project.tasks.push(task);
    req.project.activity += 1;
    res.status(201).json({ id: task.id, title: task.title, in: req.params.slug, by: res.locals.user });
  });

router.route('/:taskId')
  .get((req, res) => res.json({ ...req.task, comments: req.task.comments.length }))
  .patch((req, res) => {
    if (req.body.status) req.task.status = req.body.status;
    req.project.activity += 1;
    res.json({ id: req.task.id, status: req.task.status });
  });

router.use('/:taskId/comments', comments);

module.exports = router;
