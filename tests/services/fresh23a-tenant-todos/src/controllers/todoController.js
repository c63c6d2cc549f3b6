'use strict';

const { matchedData } = require('express-validator');
const asyncHandler = require('../utils/asyncHandler');
const { NotFoundError } = require('../errors');

// No imports of state here: everything goes through the repository on the request.
exports.list = asyncHandler(async (req, res) => {
  const { done, offset, limit } = matchedData(req, { locations: ['query'] });
  res.json(req.repo.list({ done, tag: req.query.tag, offset, limit }));
});

exports.create = asyncHandler(async (req, res) => {
  const todo = req.repo.create(matchedData(req, { locations: ['body'] }));
  res.status(201).json(todo);
});

exports.toggle = asyncHandler(async (req, res) => {
  const todo = req.repo.toggle(Number(req.params.id));
  if (!todo) throw new NotFoundError(`todo ${req.params.id}`);
  res.json(todo);
});

exports.remove = asyncHandler(async (req, res) => {
  if (!req.repo.remove(Number(req.params.id))) throw new NotFoundError(`todo ${req.params.id}`);
  res.status(204).end();
});

exports.stats = (req, res) => {
  res.json({ tenant: req.tenant.slug, ...req.repo.stats, usage: req.tenant.usage });
};
