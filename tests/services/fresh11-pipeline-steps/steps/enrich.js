'use strict';
const db = require('../lib/db');
const { StepError } = require('./validate');

const PLANS = new Map([['acme.io', 'enterprise'], ['example.com', 'team']]);
const lookups = [];

async function enrich(ctx) {
  if (db.findByEmail(ctx.email)) throw new StepError('enrich', 'already registered', { status: 409 });
  const plan = await Promise.resolve(PLANS.get(ctx.domain) ?? 'free');
  lookups.push(ctx.domain);
  ctx.plan = ctx.input.plan ?? plan;
  ctx.seats = ctx.plan === 'enterprise' ? 50 : ctx.plan === 'team' ? 10 : 1;
}

enrich.lookups = lookups;
module.exports = enrich;
