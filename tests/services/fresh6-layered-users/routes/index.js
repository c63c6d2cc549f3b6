const { Router } = require('express');
const userRoutes = require('./users');
const teamRoutes = require('./teams');

module.exports = ({ userController, teamController }) => {
  const api = Router();
  api.use('/users', userRoutes(userController));
  api.use('/teams', teamRoutes(teamController));
  api.get('/health', (req, res) => res.json({ ok: true }));
  return api;
};
