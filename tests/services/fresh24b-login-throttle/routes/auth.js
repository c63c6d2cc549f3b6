'use strict';
const express = require('express');
const users = require('../lib/users');
const {
  limiterSlowBruteByIP,
  limiterConsecutiveFailsByUsernameAndIP,
  usernameIpKey,
  MAX_WRONG_ATTEMPTS_BY_IP_PER_DAY,
  MAX_CONSECUTIVE_FAILS_BY_USERNAME_AND_IP,
} = require('../lib/limiters');

const router = express.Router();
const events = [];

router.post('/login', async (req, res, next) => {
  const ipAddr = req.ip;
  const { username, password } = req.body;
  const key = usernameIpKey(username, ipAddr);

  try {
    const [resUsernameAndIP, resSlowByIP] = await Promise.all([
      limiterConsecutiveFailsByUsernameAndIP.get(key),
      limiterSlowBruteByIP.get(ipAddr),
    ]);

    let retrySecs = 0;
    if (resSlowByIP !== null && resSlowByIP.consumedPoints > MAX_WRONG_ATTEMPTS_BY_IP_PER_DAY) {
      retrySecs = Math.round(resSlowByIP.msBeforeNext / 1000) || 1;
    } else if (resUsernameAndIP !== null && resUsernameAndIP.consumedPoints > MAX_CONSECUTIVE_FAILS_BY_USERNAME_AND_IP) {
      retrySecs = Math.round(resUsernameAndIP.msBeforeNext / 1000) || 1;
    }

    if (retrySecs > 0) {
      events.push({ type: 'blocked', username, ip: ipAddr });
      res.set('Retry-After', String(retrySecs));
      return res.status(429).json({ error: 'Too many requests' });
    }

    const user = await users.authorise(username, password);
    if (!user) {
      try {
        const promises = [limiterSlowBruteByIP.consume(ipAddr)];
        if (users.find(username)) {
          promises.push(limiterConsecutiveFailsByUsernameAndIP.consume(key));
        }
        const [byIp, byUser] = await Promise.all(promises);
        events.push({ type: 'failed', username, ip: ipAddr });
        res.set('X-Login-Attempts-Left', String(byUser ? byUser.remainingPoints : byIp.remainingPoints));
        return res.status(400).json({ error: 'email or password is wrong' });
      } catch (rlRejected) {
        if (rlRejected instanceof Error) throw rlRejected;
        events.push({ type: 'locked', username, ip: ipAddr, consumed: rlRejected.consumedPoints });
        res.set('Retry-After', String(Math.round(rlRejected.msBeforeNext / 1000) || 1));
        return res.status(429).json({ error: 'Too many requests' });
      }
    }

    if (resUsernameAndIP !== null && resUsernameAndIP.consumedPoints > 0) {
      await limiterConsecutiveFailsByUsernameAndIP.delete(key);
    }
    events.push({ type: 'login', username, ip: ipAddr });
    res.json({ ok: true, username: user.username, logins: user.logins });
  } catch (err) {
    next(err);
  }
});

router.post('/unlock', async (req, res) => {
  const { username, ip } = req.body;
  const removed = await limiterConsecutiveFailsByUsernameAndIP.delete(usernameIpKey(username, ip));
  await limiterSlowBruteByIP.reward(ip, 2);
  events.push({ type: 'unlock', username, ip });
  res.json({ removed });
});

router.get('/status', async (req, res) => {
  const { username, ip } = req.query;
  const [pair, byIp] = await Promise.all([
    limiterConsecutiveFailsByUsernameAndIP.get(usernameIpKey(username, ip)),
    limiterSlowBruteByIP.get(ip),
  ]);
  res.json({
    pair: pair && { consumed: pair.consumedPoints, remaining: pair.remainingPoints },
    ip: byIp && { consumed: byIp.consumedPoints, remaining: byIp.remainingPoints },
  });
});

router.get('/events', (req, res) => {
  res.json(events.slice(-Number(req.query.last || 6)));
});

module.exports = router;
