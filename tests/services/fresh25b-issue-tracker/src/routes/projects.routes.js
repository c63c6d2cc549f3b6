'use strict';

const express = require('express');
const asyncHandler = require('../utils/asyncHandler');
const { validate } = require('../middleware/validate');
const { parseListQuery } = require('../utils/listQuery');
const schemas = require('./schemas');

module.exports = function projectRoutes({ services, config }) {
  const router = express.Router();

  router.post('/', validate(schemas.project), (req, res) => {
    const project = services.projects.create(req.user, req.valid.body);
    res.status(201).location(`/api/projects/${project.key}`).json(project);
  });

  router.get('/:projectId/members', (req, res) => {
    services.projects.assertMember(services.projects.get(req.params.projectId).id, req.user);
    res.json(services.projects.members(req.params.projectId));
  });

  router.post('/:projectId/members', validate(schemas.member), (req, res) => {
    res.status(201).json(services.projects.addMember(req.params.projectId, req.user, req.valid.body));
  });

  router.post('/:projectId/issues', validate(schemas.issue), asyncHandler(async (req, res) => {
    const issue = await Promise.resolve(services.issues.create(req.params.projectId, req.user, req.valid.body));
    res.status(201).location(`/api/issues/${issue.key}`).json(issue);
  }));

  router.get('/:projectId/issues', (req, res) => {
    const query = parseListQuery(req.query, {
      sortable: ['id', 'key', 'title', 'priority', 'status', 'updatedAt'],
      filterable: ['status', 'label', 'assignee'],
      defaults: { ...config.pagination, sort: 'key' },
    });
    const result = services.issues.list(req.params.projectId, req.user, query);
    res.set('X-Total-Count', String(result.meta.total)).json(result);
  });

  return router;
};
