'use strict';

const { Router } = require('express');
const { body, query } = require('express-validator');
const validate = require('../middleware/validate');
const { authenticate, requireRole } = require('../middleware/auth');
const users = require('../controllers/userController');

const router = Router();

router.use(authenticate);
router.get('/me', users.me);
router.patch('/me', validate([body('name').optional().trim().isLength({ min: 2 }), body('bio').optional().isString()]), users.updateMe);
router.get('/', validate([query('limit').optional().isInt({ min: 1 }), query('sort').optional().isIn(['name', '-name', 'email', '-email'])]), users.list);
router.patch('/:id/role', users.changeRole);
router.get('/admin/stats', requireRole('admin'), users.stats);

module.exports = router;
