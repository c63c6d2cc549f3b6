'use strict';

const memberService = require('../services/memberService');
const { UnauthorizedError } = require('../errors/AppError');

// "authenticates" by header and hangs the member (and its account) on the request
module.exports = async function currentMember(req, res, next) {
  const id = req.get('x-member-id');
  if (!id) return next(new UnauthorizedError('x-member-id header required'));
  try {
    const member = await memberService.get(id);
    req.member = member;
    res.locals.account = member.account;
    next();
  } catch (err) {
    next(err.statusCode === 404 ? new UnauthorizedError('unknown member') : err);
  }
};
