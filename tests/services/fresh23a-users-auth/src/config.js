'use strict';

const config = Object.freeze({
  port: Number(process.env.PORT ?? 3000),
  jwt: Object.freeze({ secret: process.env.JWT_SECRET ?? 'fresh23a-dev-secret', issuer: 'users-api' }),
  bcryptRounds: Number(process.env.BCRYPT_ROUNDS ?? 4),
  pagination: Object.freeze({ defaultLimit: 10, maxLimit: 50 }),
});

module.exports = config;
