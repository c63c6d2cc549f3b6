const ms = require('ms');

module.exports = Object.freeze({
  port: Number(process.env.PORT) || 3000,
  otpTtl: ms('2s'),
  maxAttempts: 3,
  lockFor: ms('1m') / 1000,
  secret: process.env.OTP_SECRET || 'dev-otp-secret',
  cookieSecret: process.env.COOKIE_SECRET || 'dev-cookie-secret',
  userNamespace: '1b671a64-40d5-491e-99b0-da01ff1f3341',
});
