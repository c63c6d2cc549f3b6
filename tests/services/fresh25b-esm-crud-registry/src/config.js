export default {
  port: Number(process.env.PORT ?? 4100),
  pageSize: Number(process.env.PAGE_SIZE ?? 2),
  apiPrefix: process.env.API_PREFIX ?? '/admin',
  now: process.env.FIXED_NOW ?? '2026-07-01T12:00:00.000Z',
};
