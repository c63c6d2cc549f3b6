const { Router } = require('express');
const projects = require('../services/projectService');
const tasks = require('../services/taskService');

const router = Router();

router.get('/', (req, res) => res.json(projects.list()));
router.post('/', (req, res) => res.status(201).json(projects.create(req.body)));
router.get('/:id/tasks', (req, res) => {
  const project = projects.get(Number(req.params.id));
  res.json({ project: project.name, ...tasks.list({ projectId: project.id }) });
});
router.post('/:id/archive', (req, res) => res.json(projects.archive(Number(req.params.id))));

module.exports = router;
