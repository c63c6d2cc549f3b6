'use strict';

// Stand-in for the acquirer's SDK. The sandbox lets ops flip its behaviour.
const sandbox = { mode: 'ok', calls: 0 };
let authSeq = 1000;

class DeclinedError extends Error {
  constructor(reason) {
    super(`card declined: ${reason}`);
    this.name = 'DeclinedError';
    this.statusCode = 402;
  }
}

async function charge(payment) {
  sandbox.calls += 1;
  await Promise.resolve();
  if (sandbox.mode === 'down') {
    const err = new Error('PSP unavailable');
    err.code = 'ECONNRESET';
    throw err;
  }
  if (payment.amount > 5000) throw new DeclinedError('limit exceeded');
  authSeq += 1;
  return { authCode: `AUTH-${authSeq}`, amount: payment.amount, currency: payment.currency };
}

function setMode(mode) {
  sandbox.mode = mode;
  return { ...sandbox };
}

module.exports = { charge, setMode, sandbox, DeclinedError };
