const crypto = require('crypto');
const config = require('../config');
const codes = require('../stores/codes');
const attempts = require('../stores/attempts');
const users = require('../stores/users');

let issued = 0;
const stats = { issued: 0, verified: 0, expired: 0, wrong: 0, locked: 0 };

class OtpError extends Error {
  constructor(status, reason) {
    super(reason);
    this.status = status;
    this.reason = reason;
  }
}

function issue(email) {
  if ((attempts.get(email) || 0) >= config.maxAttempts) {
    stats.locked += 1;
    throw new OtpError(423, 'locked');
  }
  issued += 1;
  stats.issued += 1;
  const digest = crypto.createHmac('sha256', config.secret).update(`${email}:${issued}`).digest();
  const code = String(digest.readUInt32BE(0) % 1000000).padStart(6, '0');
  codes.set(email, code);
  return { sent: true, hint: code.slice(0, 2), ttlMs: config.otpTtl, remaining: codes.getRemainingTTL(email) > 0 };
}

function verify(email, code) {
  const failures = attempts.get(email) || 0;
  if (failures >= config.maxAttempts) {
    stats.locked += 1;
    throw new OtpError(423, 'locked');
  }
  if (!codes.has(email)) {
    const hadOne = codes.peek(email, { allowStale: true }) !== undefined;
    if (hadOne) {
      stats.expired += 1;
      codes.delete(email);
      throw new OtpError(410, 'expired');
    }
    throw new OtpError(404, 'no code requested');
  }
  if (codes.get(email) !== code) {
    stats.wrong += 1;
    attempts.set(email, failures + 1);
    throw new OtpError(401, `wrong code (${config.maxAttempts - failures - 1} left)`);
  }
  codes.delete(email);
  attempts.del(email);
  stats.verified += 1;
  const user = users.findOrCreate(email);
  user.logins += 1;
  return user;
}

function unlock(email) {
  return attempts.del(email) > 0;
}

module.exports = { issue, verify, unlock, stats, OtpError };
