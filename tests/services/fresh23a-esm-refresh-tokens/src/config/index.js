export const config = Object.freeze({
  port: Number(process.env.PORT ?? 3000),
  accessSecret: process.env.ACCESS_TOKEN_SECRET ?? 'access-secret-23a',
  refreshSecret: process.env.REFRESH_TOKEN_SECRET ?? 'refresh-secret-23a',
  saltRounds: 4,
  maxFailedLogins: 3,
});
