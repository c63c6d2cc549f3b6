'use strict';

const { Router } = require('express');
const db = require('../lib/store');
const errorHandler = require('../middleware/errorHandler');

const router = Router();

router.get('/', (req, res) => {
  res.json({
    lists: db.lists.count,
    todos: db.todos.count,
    open: db.todos.where((t) => !t.done).length,
    errors: Object.fromEntries(errorHandler.counts),
  });
});

module.exports = router;
