const config = Object.freeze({
  port: Number(process.env.PORT ?? 3000),
  namespace: '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
  lowStockThreshold: Number(process.env.LOW_STOCK ?? 5),
  // business clock: reservations are dated from this day, one day per reservation
  epoch: '2026-03-01T09:00:00Z',
});

export default config;
