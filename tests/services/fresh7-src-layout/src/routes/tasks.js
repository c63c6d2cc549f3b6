const express = require('express');
const tasks = require('../services/taskService');

const router = express.Router();
const id = (req) => Number(req.params.id);

router.get('/', (req, res) => {
  res.json(tasks.list({ page: Number(req.query.page) || 1, status: req.query.status, projectId: req.query.projectId }));
});
router.get('/trash', (req, res) => res.json({ ids: tasks.trash() }));
router.post('/', (req, res) => res.status(201).json(tasks.create(req.body)));
router.get('/:id', (req, res) => res.json(tasks.get(id(req))));
router.patch('/:id', (req, res) => res.json(tasks.update(id(req), req.body)));
router.delete('/:id', (req, res) => {
  tasks.remove(id(req));
  res.status(204).end();
});
router.post('/:id/restore', (req, res) => res.json(tasks.restore(id(req))));

module.exports = router;
