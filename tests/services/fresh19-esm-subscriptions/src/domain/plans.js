import { Duration } from 'luxon';

export const PLANS = Object.freeze({
  starter: { price: 900, period: Duration.fromObject({ months: 1 }), seats: 2 },
  team: { price: 4900, period: Duration.fromObject({ months: 1 }), seats: 10 },
  annual: { price: 49000, period: Duration.fromISO('P1Y'), seats: 10 },
});

export const TRIAL = Duration.fromObject({ days: 14 });
