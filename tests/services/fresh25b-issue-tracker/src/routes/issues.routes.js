'use strict';

const express = require('express');
const asyncHandler = require('../utils/asyncHandler');
const { validate } = require('../middleware/validate');
const schemas = require('./schemas');

module.exports = function issueRoutes({ services }) {
  const router = express.Router();

  router.get('/:key', (req, res) => res.json(services.issues.get(req.params.key, req.user)));

  router.put('/:key/assignee', validate(schemas.assign), (req, res) => {
    res.json(services.issues.assign(req.params.key, req.user, req.valid.body.username));
  });

  router.post('/:key/transitions', validate(schemas.transition), asyncHandler(async (req, res) => {
    const issue = services.issues.transition(req.params.key, req.user, req.valid.body.to);
    await new Promise((resolve) => setImmediate(resolve));
    res.json({ key: issue.key, status: issue.status, updatedAt: issue.updatedAt });
  }));

  router.get('/:key/comments', (req, res) => res.json(services.comments.list(req.params.key, req.user)));

  router.post('/:key/comments', validate(schemas.comment), (req, res) => {
    res.status(201).json(services.comments.add(req.params.key, req.user, req.valid.body.body));
  });

  return router;
};
