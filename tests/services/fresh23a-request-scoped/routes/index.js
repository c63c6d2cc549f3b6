'use strict';

const { Router } = require('express');
const { body } = require('express-validator');
const currentMember = require('../middleware/currentMember');
const deskMember = require('../middleware/deskMember');
const me = require('../controllers/meController');
const members = require('../controllers/memberController');

const router = Router();

router.post('/members', members.create);
router.get('/members', members.list);
router.get('/members/:id', members.show);
router.post('/members/:id/upgrade', members.upgrade);

router.use('/me', currentMember);
router.post('/me/check-in', me.checkIn);
router.post('/me/top-up', body('amount').isInt({ min: 1, max: 500 }).toInt(), me.topUp);
router.post('/me/buy', body('amount').isInt({ min: 1 }).toInt(), body('item').isString().trim().notEmpty(), me.buy);
router.put('/me/tags/:tag', me.tag);

router.use('/desk/:memberId', deskMember);
router.post('/desk/:memberId/guest-pass', me.guestPass);
router.post('/desk/:memberId/charge', body('amount').isInt({ min: 1 }).toInt(), body('item').isString().notEmpty(), me.buy);

module.exports = router;
