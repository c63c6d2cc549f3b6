'use strict';
const router = require('express').Router();
const jobs = require('../controllers/jobs');

router.get('/', jobs.list);
router.post('/', jobs.create);
router.get('/stats', jobs.stats);
router.get('/:id', jobs.show);
router.delete('/:id', jobs.cancel);

module.exports = router;
