'use strict';

const list = (v, d) => (v ? v.split(',').map((s) => s.trim()) : d);
const int = (v, d) => (/^\d+$/.test(v ?? '') ? Number(v) : d);

module.exports = {
  port: int(process.env.PORT, 3000),
  openingHours: list(process.env.OPENING_HOURS, ['09', '10', '11', '14', '15']),
  checkInEarlyMinutes: int(process.env.CHECKIN_EARLY_MIN, 15),
  checkInGraceMinutes: int(process.env.CHECKIN_GRACE_MIN, 10),
  lateCancelHours: int(process.env.LATE_CANCEL_HOURS, 2),
  strikesToSuspend: int(process.env.STRIKES_TO_SUSPEND, 2),
  maxBookingsPerDay: int(process.env.MAX_BOOKINGS_PER_DAY, 2),
  slotCacheTtlMs: int(process.env.SLOT_CACHE_TTL_MS, 60_000),
  admin: { user: process.env.ADMIN_USER || 'facilities', password: process.env.ADMIN_PASSWORD || 'open-sesame' },
  now: process.env.FIXED_NOW || '2026-06-01T07:00:00Z',
};
