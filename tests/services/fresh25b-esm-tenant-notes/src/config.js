const env = process.env;

const config = {
  port: Number(env.PORT ?? 5000),
  jwtSecret: env.JWT_SECRET ?? 'notes-jwt-secret',
  linkSecret: env.LINK_SECRET ?? 'notes-link-secret',
  linkTtlMinutes: Number(env.LINK_TTL_MINUTES ?? 60),
  searchTtlMs: Number(env.SEARCH_TTL_MS ?? 30_000),
  writeLimits: { default: 20, globex: 3, ...JSON.parse(env.WRITE_LIMITS ?? '{}') },
  writeWindowMs: Number(env.WRITE_WINDOW_MS ?? 60_000),
  startAt: env.START_AT ?? '2026-09-14T09:00:00.000Z',
};

export default Object.freeze(config);
