const asyncHandler = require('express-async-handler');
const { StatusCodes } = require('http-status-codes');
const loanService = require('../services/loanService');
const calendar = require('../utils/calendar');

exports.register = asyncHandler(async (req, res) => {
  res.status(StatusCodes.CREATED).json(await loanService.register(req.body));
});

exports.account = asyncHandler(async (req, res) => {
  res.json(await loanService.account(req.params.memberId));
});

exports.checkout = asyncHandler(async (req, res) => {
  const loan = await loanService.checkout(req.params.memberId, req.body.bookId);
  res.status(StatusCodes.CREATED).json(loan);
});

exports.giveBack = asyncHandler(async (req, res) => {
  res.json(await loanService.giveBack(req.params.loanId));
});

exports.pay = asyncHandler(async (req, res) => {
  res.json(await loanService.pay(req.params.memberId, req.body.cents));
});

exports.closeDay = (req, res) => {
  const day = calendar.advance(Number(req.query.days) || 1);
  res.json({ today: day.toISODate(), weekday: day.weekdayLong });
};
