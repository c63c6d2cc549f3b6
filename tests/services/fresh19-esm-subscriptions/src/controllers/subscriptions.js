import asyncHandler from 'express-async-handler';
import { StatusCodes } from 'http-status-codes';
import * as subs from '../services/subscriptions.js';
import { ledger } from '../services/ledger.js';

export const create = asyncHandler(async (req, res) => {
  res.status(StatusCodes.CREATED).json(subs.subscribe(req.body));
});
export const index = asyncHandler(async (req, res) => res.json(subs.list(req.query.status)));
export const show = asyncHandler(async (req, res) => res.json(req.subscription));
export const change = asyncHandler(async (req, res) => res.json(subs.changePlan(req.subscription.id, req.body.plan)));
export const cancel = asyncHandler(async (req, res) => res.json(subs.cancel(req.subscription.id)));
export const tick = asyncHandler(async (req, res) => res.json(subs.advanceClock(Number(req.query.days ?? 1))));
export const undo = asyncHandler(async (req, res) => res.json(subs.undo()));
export const report = (req, res) => res.json({ ...subs.stats(), ledger: ledger() });
