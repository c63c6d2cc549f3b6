'use strict';

const express = require('express');
const { validate } = require('../middleware/validate');
const schemas = require('./schemas');

module.exports = function authRoutes({ services, auth }) {
  const router = express.Router();
  router.post('/login', validate(schemas.login), (req, res) => {
    const { username, password } = req.valid.body;
    res.status(201).json(services.auth.login(username, password));
  });
  router.post('/logout', auth, (req, res) => {
    res.json(services.auth.logout(req.user.jti));
  });
  router.get('/me', auth, (req, res) => {
    res.json({ user: req.user.username, projects: services.projects.listFor(req.user) });
  });
  return router;
};
