'use strict';

const asyncHandler = require('../utils/asyncHandler');
const { userService } = require('../services');

exports.register = asyncHandler(async (req, res) => {
  const user = await userService.register(req.body);
  res.status(201).json(user);
});

exports.login = asyncHandler(async (req, res) => {
  const result = await userService.login(req.body);
  res.json(result);
});

exports.logoutAll = asyncHandler(async (req, res) => {
  res.json(userService.logoutEverywhere(req.user));
});
