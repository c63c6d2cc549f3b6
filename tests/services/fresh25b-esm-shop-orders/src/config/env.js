const int = (name, fallback) => {
  const raw = process.env[name];
  const n = raw === undefined ? NaN : Number(raw);
  return Number.isInteger(n) ? n : fallback;
};

export const env = Object.freeze({
  port: int('PORT', 4000),
  bcryptRounds: int('BCRYPT_ROUNDS', 6),
  sessionSecret: process.env.SESSION_SECRET ?? 'shop-local-session-secret',
  sessionTtlMinutes: int('SESSION_TTL_MINUTES', 30),
  reservationMinutes: int('RESERVATION_MINUTES', 15),
  idempotencyTtlMinutes: int('IDEMPOTENCY_TTL_MINUTES', 24 * 60),
  pageSize: int('PAGE_SIZE', 2),
  epoch: process.env.SHOP_EPOCH ?? '2026-05-11T12:00:00.000Z',
  devRoutes: (process.env.DEV_ROUTES ?? 'on') === 'on',
});
