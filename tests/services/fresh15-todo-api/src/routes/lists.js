'use strict';

const { Router } = require('express');
const { body, query } = require('express-validator');
const validate = require('../middleware/validate');
const lists = require('../services/listService');

const router = Router();

router.get('/', validate([query('archived').optional().isBoolean().toBoolean()]), (req, res) => {
  res.json(lists.all({ includeArchived: req.query.archived === true }));
});

router.post(
  '/',
  validate([
    body('title').isString().trim().isLength({ min: 2, max: 40 }).withMessage('title must be 2-40 characters'),
    body('color').optional().isIn(['grey', 'red', 'green', 'blue']).withMessage('unknown color'),
  ]),
  (req, res) => {
    const list = lists.create(req.body);
    res.status(201).location(`/lists/${list.id}`).json(list);
  },
);

router.get('/:id', (req, res) => {
  res.json(lists.summary(lists.get(req.params.id)));
});

router.post('/:id/archive', (req, res) => {
  res.json(lists.archive(req.params.id));
});

module.exports = router;
