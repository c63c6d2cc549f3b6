'use strict';

const { Router } = require('express');
const { body } = require('express-validator');
const validate = require('../middleware/validate');
const { authenticate } = require('../middleware/auth');
const auth = require('../controllers/authController');

const router = Router();

router.post(
  '/register',
  validate([
    body('email').isEmail().withMessage('must be an email').normalizeEmail(),
    body('password').isLength({ min: 8 }).withMessage('at least 8 characters'),
    body('name').trim().notEmpty().withMessage('required'),
  ]),
  auth.register,
);
router.post('/login', validate([body('email').isEmail().normalizeEmail(), body('password').notEmpty()]), auth.login);
router.post('/logout-all', authenticate, auth.logoutAll);

module.exports = router;
