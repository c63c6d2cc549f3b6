'use strict';
const { Router } = require('express');
const { body, param } = require('express-validator');
const c = require('../controllers/chatController');
const validate = require('../middleware/validation');
const { requireUser } = require('../middleware/session');

const router = Router();
const channelName = param('channel').matches(/^[a-z][a-z0-9-]{1,20}$/).withMessage('bad channel name');

router.post('/session', validate([body('handle').isSlug().isLength({ min: 2, max: 16 }), body('displayName').optional().trim().notEmpty()]), c.login);
router.delete('/session', c.logout);
router.get('/me', requireUser, c.me);
router.get('/me/mentions', requireUser, c.mentions);
router.post('/channels', requireUser, validate([body('name').matches(/^[a-z][a-z0-9-]{1,20}$/), body('topic').default('').isString()]), c.createChannel);
router.post('/channels/:channel/members', requireUser, validate([channelName]), c.join);
router.post('/channels/:channel/messages', requireUser, validate([channelName, body('text').trim().isLength({ min: 1, max: 200 })]), c.post);
router.patch('/channels/:channel/messages/:id', requireUser, validate([param('id').isInt(), body('text').trim().notEmpty()]), c.edit);
router.get('/channels/:channel/messages', validate([channelName]), c.history);
router.get('/channels/:channel/recent', c.recent);
router.get('/debug/logs', c.logs);

module.exports = router;
