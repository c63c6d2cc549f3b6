'use strict';
const db = require('../lib/db');

let persisted = 0;
const seatsByPlan = {};

module.exports = async function persist(ctx) {
  const { email, plan, seats } = ctx;
  ctx.user = db.insert({ email, plan, seats });
  persisted += 1;
  seatsByPlan[plan] = (seatsByPlan[plan] ?? 0) + seats;
};

module.exports.totals = () => ({ persisted, seatsByPlan });
