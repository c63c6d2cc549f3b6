'use strict';
const chat = require('../services/chatService');
const mentions = require('../services/mentions');
const users = require('../stores/users');
const logger = require('../lib/logger');

module.exports = {
  login(req, res) {
    const user = users.upsert(req.body.handle, req.body.displayName);
    const sid = users.openSession(user.handle);
    res.cookie('sid', sid, { signed: true, httpOnly: true, sameSite: 'lax' });
    logger.info({ handle: user.handle }, 'login');
    res.json(user);
  },
  logout(req, res) {
    users.closeSession(req.signedCookies.sid);
    res.clearCookie('sid').status(204).end();
  },
  me(req, res) {
    res.json(req.user);
  },
  createChannel(req, res) {
    res.status(201).json(chat.createChannel(req.body.name, req.body.topic, req.user.handle));
  },
  join(req, res) {
    res.json(chat.join(req.params.channel, req.user.handle));
  },
  post(req, res) {
    res.status(201).json(chat.post(req.params.channel, req.user.handle, req.body.text));
  },
  edit(req, res) {
    res.json(chat.edit(req.params.channel, Number(req.params.id), req.user.handle, req.body.text));
  },
  history(req, res) {
    const { before, limit } = req.query;
    res.json(chat.history(req.params.channel, { before: before && Number(before), limit: limit && Number(limit) }));
  },
  recent(req, res) {
    res.json(chat.recent(req.params.channel));
  },
  mentions(req, res) {
    res.json(mentions.drain(req.user.handle));
  },
  logs(req, res) {
    res.json(logger.recent(Number(req.query.n) || 5));
  },
};
