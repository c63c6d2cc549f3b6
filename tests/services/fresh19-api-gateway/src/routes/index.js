const express = require('express');
const admin = require('../controllers/admin');
const pub = require('../controllers/public');
const apiKey = require('../middleware/apiKey');

const router = express.Router();

router.post('/admin/keys', admin.issue);
router.put('/admin/keys/:key/plan', admin.upgrade);
router.get('/admin/usage', admin.report);
router.post('/admin/clock', admin.tick);
router.get('/admin/logs', admin.logs);
router.get('/quote', apiKey, pub.quote);

module.exports = router;
