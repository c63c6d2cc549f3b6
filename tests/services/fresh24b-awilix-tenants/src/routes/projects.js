'use strict';
const express = require('express');

const router = express.Router({ mergeParams: true });

router.get('/', (req, res) => {
  const service = req.scope.resolve('projectService');
  res.json({ tenant: service.tenantId, projects: service.list() });
});

router.post('/', (req, res, next) => {
  try {
    const project = req.scope.resolve('projectService').create(req.body.name);
    res.status(201).json(project);
  } catch (err) {
    next(err);
  }
});

router.get('/quota', (req, res) => {
  const first = req.scope.resolve('quotaService');
  const second = req.scope.resolve('quotaService');
  const a = req.scope.resolve('projectService');
  const b = req.scope.resolve('projectService');
  res.json({ ...first.usage(), quotaSame: first === second, scopedSame: a === b });
});

module.exports = router;
