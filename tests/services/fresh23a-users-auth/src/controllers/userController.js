'use strict';

const asyncHandler = require('../utils/asyncHandler');
const { userService } = require('../services');
const { parsePaging, paginate } = require('../utils/paginate');
const { sanitize } = require('../utils/entity');
const errorHandler = require('../middleware/errorHandler');

exports.me = asyncHandler(async (req, res) => {
  res.json(sanitize(req.user));
});

exports.updateMe = asyncHandler(async (req, res) => {
  res.json(userService.updateProfile(req.user, req.body));
});

exports.list = asyncHandler(async (req, res) => {
  const users = userService.list(req.query);
  res.json(paginate(users, parsePaging(req.query)));
});

exports.changeRole = asyncHandler(async (req, res) => {
  res.json(userService.changeRole(req.user, req.params.id, req.body.role));
});

exports.stats = asyncHandler(async (req, res) => {
  res.json({ ...userService.stats, errors: errorHandler.seen });
});
