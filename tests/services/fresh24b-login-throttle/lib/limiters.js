'use strict';
const { RateLimiterMemory } = require('rate-limiter-flexible');

const MAX_WRONG_ATTEMPTS_BY_IP_PER_DAY = 6;
const MAX_CONSECUTIVE_FAILS_BY_USERNAME_AND_IP = 3;

const limiterSlowBruteByIP = new RateLimiterMemory({
  keyPrefix: 'login_fail_ip_per_day',
  points: MAX_WRONG_ATTEMPTS_BY_IP_PER_DAY,
  duration: 60 * 60 * 24,
  blockDuration: 60 * 60 * 24,
});

const limiterConsecutiveFailsByUsernameAndIP = new RateLimiterMemory({
  keyPrefix: 'login_fail_consecutive_username_and_ip',
  points: MAX_CONSECUTIVE_FAILS_BY_USERNAME_AND_IP,
  duration: 60 * 60 * 24 * 7,
  blockDuration: 60 * 60,
});

const apiLimiter = new RateLimiterMemory({ keyPrefix: 'api', points: 10, duration: 3600 });

const usernameIpKey = (username, ip) => `${username}_${ip}`;

module.exports = {
  limiterSlowBruteByIP,
  limiterConsecutiveFailsByUsernameAndIP,
  apiLimiter,
  usernameIpKey,
  MAX_WRONG_ATTEMPTS_BY_IP_PER_DAY,
  MAX_CONSECUTIVE_FAILS_BY_USERNAME_AND_IP,
};
