'use strict';

const int = (key, fallback) => {
  const v = Number.parseInt(process.env[key] ?? '', 10);
  return Number.isNaN(v) ? fallback : v;
};

module.exports = {
  port: int('PORT', 3000),
  feeBasisPoints: int('FEE_BPS', 250),
  minPayoutCents: int('MIN_PAYOUT_CENTS', 1000),
  provider: {
    // scripted answers of the sandbox bank, one per call, then always ok
    script: (process.env.BANK_SCRIPT ?? 'ok,503,503,503,ok,503').split(','),
    maxAttempts: int('BANK_MAX_ATTEMPTS', 3),
    backoffMs: int('BANK_BACKOFF_MS', 2),
  },
  outbox: { pollMs: int('OUTBOX_POLL_MS', 20), batch: int('OUTBOX_BATCH', 2) },
  waitTimeoutMs: int('WAIT_TIMEOUT_MS', 2000),
  logLevel: process.env.LOG_LEVEL ?? 'info',
};
