'use strict';

const memberService = require('../services/memberService');

// the front desk looks members up by id, through a helper that hangs them on the request
async function attachMember(req, res, id) {
  req.lookups = (req.lookups ?? 0) + 1;
  try {
    const found = await memberService.get(id);
    req.member = found;
    res.locals.account = found.account;
  } catch (err) {
    req.lookupError = err.message;
    throw err;
  }
}

module.exports = async function deskMember(req, res, next) {
  try {
    await attachMember(req, res, req.params.memberId);
    next();
  } catch (err) {
    next(err);
  }
};
