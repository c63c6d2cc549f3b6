const {
  PORT = '3000',
  JWT_SECRET = 'dev-only-secret-change-me',
  JWT_TTL = '2h',
  BCRYPT_ROUNDS = '6',
  LOGIN_ATTEMPTS = '3',
} = process.env;

export const config = {
  port: Number(PORT),
  jwt: { secret: JWT_SECRET, ttl: JWT_TTL, issuer: 'auth-notes' },
  bcryptRounds: Number(BCRYPT_ROUNDS),
  loginAttempts: Number(LOGIN_ATTEMPTS),
  cookieName: 'sid',
};
