'use strict';

const num = (v, d) => (v === undefined || v === '' || Number.isNaN(Number(v)) ? d : Number(v));

module.exports = {
  port: num(process.env.PORT, 8080),
  loanDays: num(process.env.LOAN_DAYS, 14),
  maxActiveLoans: num(process.env.MAX_ACTIVE_LOANS, 2),
  maxRenewals: num(process.env.MAX_RENEWALS, 1),
  holdPickupDays: num(process.env.HOLD_PICKUP_DAYS, 3),
  finePerDayCents: num(process.env.FINE_PER_DAY_CENTS, 25),
  fineCapCents: num(process.env.FINE_CAP_CENTS, 500),
  blockAtCents: num(process.env.BLOCK_AT_CENTS, 100),
  availabilityTtlMs: num(process.env.AVAILABILITY_TTL_MS, 5 * 60 * 1000),
  startDate: process.env.LIBRARY_START_DATE ?? '2026-02-02T10:00:00Z',
  logFormat: process.env.LOG_FORMAT ?? ':method :url :status :res[content-length] member=:member',
};
