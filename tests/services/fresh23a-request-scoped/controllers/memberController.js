'use strict';

const asyncHandler = require('../utils/asyncHandler');
const memberService = require('../services/memberService');

exports.create = asyncHandler(async (req, res) => {
  const member = await memberService.register(req.body);
  res.status(201).json(member);
});

exports.list = asyncHandler(async (req, res) => {
  const { plan, minVisits } = req.query;
  res.json(await memberService.list({ plan, minVisits: minVisits ? Number(minVisits) : 0 }));
});

exports.upgrade = asyncHandler(async (req, res) => {
  const member = await memberService.get(req.params.id);
  Object.assign(member, { plan: 'pro', upgradedFrom: member.plan });
  res.json(member);
});

exports.show = asyncHandler(async (req, res) => {
  res.json(await memberService.get(req.params.id));
});
