const { Router } = require('express');
const config = require('../config');
const db = require('../db');
const requestCounter = require('../middleware/requestCounter');

const router = Router();

router.use('/tasks', require('./tasks'));
router.use('/projects', require('./projects'));

router.get('/health', (req, res) => {
  res.json({ app: config.appName, pageSize: config.pageSize, served: requestCounter.count(), db: db.stats() });
});

if (config.features.purge) {
  router.post('/admin/purge', (req, res) => res.json({ purged: require('../services/taskService').purge() }));
}

module.exports = router;
