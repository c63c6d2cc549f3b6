'use strict';

const toInt = (value, fallback) => {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) ? n : fallback;
};

const config = {
  port: toInt(process.env.PORT, 3000),
  jwt: {
    secret: process.env.JWT_SECRET || 'tracker-dev-secret-change-me',
    ttlSeconds: toInt(process.env.JWT_TTL_SECONDS, 3600),
    issuer: process.env.JWT_ISSUER || 'tracker-api',
  },
  pagination: {
    defaultLimit: toInt(process.env.PAGE_LIMIT, 3),
    maxLimit: toInt(process.env.PAGE_MAX_LIMIT, 25),
  },
  clockStart: process.env.CLOCK_START || '2026-03-02T08:00:00.000Z',
  enableTestRoutes: process.env.ENABLE_TEST_ROUTES !== 'false',
  corsOrigins: (process.env.CORS_ORIGINS || 'https://tracker.example.com').split(','),
};

module.exports = Object.freeze(config);
