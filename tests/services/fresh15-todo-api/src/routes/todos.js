'use strict';

const { Router } = require('express');
const { body, param, query } = require('express-validator');
const validate = require('../middleware/validate');
const todos = require('../services/todoService');

const router = Router({ mergeParams: true });

router.get(
  '/',
  validate([
    query('page').optional().isInt({ min: 1 }).toInt(),
    query('sort').optional().isIn(['position', 'priority']),
    query('done').optional().isBoolean().toBoolean(),
  ]),
  (req, res) => {
    const { page = 1, sort, done } = req.query;
    const result = todos.page(req.params.listId, { page, sort, done });
    if (page < result.pages) res.set('X-Next-Page', String(page + 1));
    res.json(result);
  },
);

router.post(
  '/',
  validate([
    body('text').isString().trim().notEmpty().withMessage('text is required'),
    body('priority').optional().isIn(['low', 'normal', 'high']),
    body('tags').optional().isArray({ max: 3 }).withMessage('at most 3 tags'),
    body('tags.*').isString().trim().toLowerCase(),
  ]),
  (req, res) => {
    res.status(201).json(todos.add(req.params.listId, req.body));
  },
);

router.patch('/:id/toggle', validate([param('id').isInt()]), (req, res) => {
  res.json(todos.toggle(req.params.listId, req.params.id));
});

router.put('/:id/position', validate([body('to').isInt({ min: 1 }).toInt()]), (req, res) => {
  res.json({ order: todos.move(req.params.listId, req.params.id, req.body.to) });
});

router.delete('/done', (req, res) => {
  res.json({ removed: todos.clearDone(req.params.listId) });
});

module.exports = router;
