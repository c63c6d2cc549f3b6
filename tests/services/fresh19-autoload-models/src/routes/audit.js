'use strict';
const router = require('express').Router();
const { AuditLog } = require('../models');

router.get('/', (req, res) => res.json(AuditLog.findAll()));

module.exports = router;
