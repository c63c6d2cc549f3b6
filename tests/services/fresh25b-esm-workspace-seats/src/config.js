export const config = {
  port: Number(process.env.PORT) || 7070,
  tokenSecret: process.env.TOKEN_SECRET || 'ws-dev-token-secret',
  plans: {
    free: { seats: 2, monthlyUnits: 100 },
    team: { seats: 5, monthlyUnits: 1000 },
  },
  usageAlertRatio: Number(process.env.USAGE_ALERT_RATIO) || 0.8,
  clockStart: process.env.CLOCK_START || '2026-10-30T16:00:00Z',
};
