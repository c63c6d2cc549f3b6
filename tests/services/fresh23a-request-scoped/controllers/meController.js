'use strict';

const { validationResult, matchedData } = require('express-validator');
const asyncHandler = require('../utils/asyncHandler');
const { credit, debit } = require('../utils/money');
const { BadRequestError } = require('../errors/AppError');

const checked = (req) => {
  const result = validationResult(req);
  if (!result.isEmpty()) throw new BadRequestError('invalid input', result.array().map((e) => `${e.path}: ${e.msg}`));
  return matchedData(req);
};

// these handlers only touch what the middleware hung on req/res
exports.checkIn = (req, res) => {
  req.member.visits += 1;
  req.member.lastCheckIn = `visit-${req.member.visits}`;
  res.json({ id: req.member.id, visits: req.member.visits });
};

exports.topUp = asyncHandler(async (req, res) => {
  const { amount } = checked(req);
  credit(res.locals.account, amount, 'top-up');
  res.json(res.locals.account);
});

exports.buy = asyncHandler(async (req, res) => {
  const { amount, item } = checked(req);
  const done = debit(res.locals.account, amount, item);
  if (!done) throw new BadRequestError(`balance too low for ${item}`);
  res.json(done);
});

exports.guestPass = (req, res) => {
  req.member.guestPasses = (req.member.guestPasses ?? 0) + 1;
  res.json({ id: req.member.id, guestPasses: req.member.guestPasses, lookups: req.lookups });
};

exports.tag = (req, res) => {
  const { tags } = req.member;
  const tag = String(req.params.tag).toLowerCase();
  if (!tags.includes(tag)) tags.push(tag);
  res.json(tags);
};
